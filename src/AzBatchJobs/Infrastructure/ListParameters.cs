using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>The OData options a listing cmdlet passes through.</summary>
internal static class ListParameters
{
    // The service's page size limit; -MaxCount below it asks for no more than needed.
    private const int MaxPageSize = 1000;

    public static BatchListOptions Create(string? filter, string[]? select, string[]? expand, int? maxCount) => new()
    {
        Filter = string.IsNullOrWhiteSpace(filter) ? null : filter,
        Select = select is { Length: > 0 } ? select : null,
        Expand = expand is { Length: > 0 } ? expand : null,
        MaxResults = maxCount is > 0 and < MaxPageSize ? maxCount : null,
    };
}
