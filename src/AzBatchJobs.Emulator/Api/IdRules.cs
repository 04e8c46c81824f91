using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Ids: 1 to 64 letters, digits, hyphens and underscores; case-preserving, unique case-insensitively.</summary>
internal static class IdRules
{
    public const int MaxLength = 64;

    public static string Require(JsonObject body, string property = "id")
    {
        var node = body[property];
        if (node is null)
        {
            throw BatchErrorException.MissingProperty(property);
        }
        string? id = node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        string? problem = id is null ? "The id must be a string."
            : id.Length == 0 ? "The id must not be empty."
            : id.Length > MaxLength ? $"The id is {id.Length} characters long; at most {MaxLength} are allowed."
            : !id.All(IsAllowed) ? "The id may contain only letters, digits, hyphens and underscores."
            : null;
        if (problem is not null)
        {
            throw BatchErrorException.InvalidProperty(property, node.ToJsonString(), problem);
        }
        return id!;
    }

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && id.All(IsAllowed);

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
