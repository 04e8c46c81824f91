using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>One broken rule of a body: the property's path (such as jobManagerTask.resourceFiles[0].httpUrl), its value as shown, and the rule.</summary>
internal sealed record Violation(bool Missing, string Path, string Value, string Reason)
{
    public string Code => Missing ? "MissingRequiredProperty" : "InvalidPropertyValue";

    public string Message => Missing ? $"{Path} is required." : $"{Path}: {Reason}";

    public BatchErrorException ToException() =>
        Missing ? BatchErrorException.MissingProperty(Path) : BatchErrorException.InvalidProperty(Path, Value, Reason);

    public static Violation MissingProperty(string path) => new(true, path, "", $"{path} is required.");

    public static Violation Invalid(string path, JsonNode? node, string reason, bool secret = false) =>
        new(false, path, secret ? "(redacted)" : Show(node), reason);

    // Objects and arrays are not echoed (they may hold SAS URLs or passwords); strings lose any URL query.
    private static string Show(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "(object)",
        JsonArray => "(array)",
        JsonValue value when value.TryGetValue(out string? text) => Shorten(UrlRedaction.Redact(text)),
        _ => Shorten(node.ToJsonString()),
    };

    private static string Shorten(string text) => text.Length <= 256 ? text : text[..256] + "...";
}
