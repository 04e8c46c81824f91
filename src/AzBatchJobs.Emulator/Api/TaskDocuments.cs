using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Turns task create and update bodies into the stored task document, with the service's defaults.</summary>
internal static class TaskDocuments
{
    public const string Create = "BatchTaskCreateOptions";
    private const string Put = "BatchTask";

    /// <summary>Validates a task body against the rules and its job; throws BatchErrorException naming the property.</summary>
    public static JsonObject FromCreate(JsonObject body, JobRecord job)
    {
        SchemaValidator.Require(body, Create);
        RequireJobActionAllowed(body, job);
        if (body["dependsOn"] is not null && !(job.Doc["usesTaskDependencies"] is JsonValue uses && uses.TryGetValue(out bool allowed) && allowed))
        {
            throw BatchErrorException.Conflict("TaskDependenciesNotSpecifiedOnJob",
                "The task has dependencies (dependsOn), but the job does not allow them (usesTaskDependencies is false).");
        }

        var now = DateTime.UtcNow;
        var doc = SchemaDefaults.CopyKnown(body, Create);
        // "If you do not specify constraints, the maxTaskRetryCount is the maxTaskRetryCount specified for the Job."
        var constraints = StoredDoc.Child(doc, "constraints");
        constraints["maxTaskRetryCount"] ??= SchemaValidator.TryGetInteger(job.Doc["constraints"]?["maxTaskRetryCount"], out long jobRetries) ? jobRetries : 0;
        SchemaDefaults.Apply(doc, Create);
        string created = StoredDoc.Time(now);
        doc["creationTime"] = created;
        doc["state"] = "active";
        doc["stateTransitionTime"] = created;
        doc["executionInfo"] = new JsonObject { ["retryCount"] = 0, ["requeueCount"] = 0 };
        StoredDoc.Touch(doc, now);
        return doc;
    }

    /// <summary>Task update (PUT): the body carries the new constraints; those left out return to their defaults.</summary>
    public static Action<JsonObject> Update(JsonObject body)
    {
        SchemaValidator.Require(body, Put);
        return doc =>
        {
            doc["constraints"] = body["constraints"]?.DeepClone() ?? new JsonObject();
            SchemaDefaults.Apply(doc, Put);
        };
    }

    // "If the Job's onTaskFailed property is noaction, then specifying this property returns an error
    // and the add Task request fails with an invalid property value error."
    private static void RequireJobActionAllowed(JsonObject body, JobRecord job)
    {
        if (body["exitConditions"] is not JsonObject conditions || StoredDoc.Text(job.Doc["onTaskFailure"]) == "performexitoptionsjobaction")
        {
            return;
        }
        foreach (var (path, options) in ExitOptions(conditions))
        {
            if (options["jobAction"] is { } action)
            {
                throw BatchErrorException.InvalidProperty($"exitConditions.{path}.jobAction", (string?)action ?? "",
                    "jobAction can be specified only when the job's onTaskFailure is performexitoptionsjobaction.");
            }
        }
    }

    private static IEnumerable<(string Path, JsonObject Options)> ExitOptions(JsonObject conditions)
    {
        foreach (string list in new[] { "exitCodes", "exitCodeRanges" })
        {
            var items = conditions[list] as JsonArray ?? [];
            for (int i = 0; i < items.Count; i++)
            {
                yield return ($"{list}[{i}].exitOptions", (JsonObject)items[i]!["exitOptions"]!);
            }
        }
        foreach (string name in new[] { "preProcessingError", "fileUploadError", "default" })
        {
            if (conditions[name] is JsonObject options)
            {
                yield return (name, options);
            }
        }
    }
}
