using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// Checks the shapes of a task's dependsOn and exitConditions when the task is added, so that the node
/// never meets a document it cannot act on; each failure names the property by its full path.
/// </summary>
internal static class TaskRelationRules
{
    private static readonly string[] JobActions = ["none", "disable", "terminate"];
    private static readonly string[] DependencyActions = ["satisfy", "block"];

    public static void Validate(JsonObject body)
    {
        if (body["dependsOn"] is JsonObject dependsOn)
        {
            ValidateDependsOn(dependsOn);
        }
        if (body["exitConditions"] is { } exitConditions)
        {
            ValidateExitConditions(Object(exitConditions, "exitConditions"));
        }
    }

    private static void ValidateDependsOn(JsonObject dependsOn)
    {
        int index = 0;
        foreach (JsonNode? id in Array(dependsOn["taskIds"], "dependsOn.taskIds"))
        {
            string path = $"dependsOn.taskIds[{index++}]";
            if (id is not JsonValue value || !value.TryGetValue(out string? text) || !IdRules.IsValid(text))
            {
                throw Invalid(path, id, "must be a task id: 1 to 64 letters, digits, hyphens or underscores.");
            }
        }
        index = 0;
        foreach (JsonNode? range in Array(dependsOn["taskIdRanges"], "dependsOn.taskIdRanges"))
        {
            string path = $"dependsOn.taskIdRanges[{index++}]";
            JsonObject bounds = Object(range, path);
            long start = RequiredInteger(bounds, path, "start");
            long end = RequiredInteger(bounds, path, "end");
            if (start > end)
            {
                throw Invalid(path, range, "start must not be greater than end.");
            }
        }
    }

    private static void ValidateExitConditions(JsonObject conditions)
    {
        int index = 0;
        foreach (JsonNode? mapping in Array(conditions["exitCodes"], "exitConditions.exitCodes"))
        {
            string path = $"exitConditions.exitCodes[{index++}]";
            JsonObject code = Object(mapping, path);
            RequiredInteger(code, path, "code");
            ExitOptions(code["exitOptions"], path + ".exitOptions", required: true);
        }
        index = 0;
        foreach (JsonNode? mapping in Array(conditions["exitCodeRanges"], "exitConditions.exitCodeRanges"))
        {
            string path = $"exitConditions.exitCodeRanges[{index++}]";
            JsonObject range = Object(mapping, path);
            if (RequiredInteger(range, path, "start") > RequiredInteger(range, path, "end"))
            {
                throw Invalid(path, mapping, "start must not be greater than end.");
            }
            ExitOptions(range["exitOptions"], path + ".exitOptions", required: true);
        }
        foreach (string name in new[] { "preProcessingError", "fileUploadError", "default" })
        {
            ExitOptions(conditions[name], "exitConditions." + name, required: false);
        }
    }

    private static void ExitOptions(JsonNode? node, string path, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                throw BatchErrorException.MissingProperty(path);
            }
            return;
        }
        JsonObject options = Object(node, path);
        OneOf(options, path, "jobAction", JobActions);
        OneOf(options, path, "dependencyAction", DependencyActions);
    }

    private static void OneOf(JsonObject parent, string path, string name, string[] allowed)
    {
        if (parent[name] is { } node && (node is not JsonValue value || !value.TryGetValue(out string? text) || !allowed.Contains(text)))
        {
            throw Invalid($"{path}.{name}", node, $"must be one of: {string.Join(", ", allowed)}.");
        }
    }

    private static long RequiredInteger(JsonObject parent, string path, string name)
    {
        JsonNode? node = parent[name];
        if (node is null)
        {
            throw BatchErrorException.MissingProperty($"{path}.{name}");
        }
        if (node is not JsonValue value || !value.TryGetValue(out long number))
        {
            throw Invalid($"{path}.{name}", node, "must be an integer.");
        }
        return number;
    }

    private static JsonArray Array(JsonNode? node, string path) => node switch
    {
        null => [],
        JsonArray array => array,
        _ => throw Invalid(path, node, "must be a JSON array."),
    };

    private static JsonObject Object(JsonNode? node, string path) =>
        node as JsonObject ?? throw Invalid(path, node, "must be a JSON object.");

    private static BatchErrorException Invalid(string path, JsonNode? node, string rule) =>
        BatchErrorException.InvalidProperty(path, node?.ToJsonString() ?? "null", $"{path} {rule}");
}
