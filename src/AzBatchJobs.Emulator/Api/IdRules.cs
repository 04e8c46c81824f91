namespace AzBatchJobs.Emulator.Api;

/// <summary>Ids: 1 to 64 letters, digits, hyphens and underscores (ASCII); case-preserving, unique case-insensitively.</summary>
internal static class IdRules
{
    public const int MaxLength = 64;

    /// <summary>Why the text is not an id, or null when it is one.</summary>
    public static string? Problem(string id) =>
        id.Length == 0 ? "The id must not be empty."
        : id.Length > MaxLength ? $"The id is {id.Length} characters long; at most {MaxLength} are allowed."
        : !id.All(IsAllowed) ? "The id may contain only letters, digits, hyphens and underscores."
        : null;

    public static bool IsValid(string? id) => id is not null && Problem(id) is null;

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
