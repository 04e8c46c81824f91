namespace AzBatchJobs.Client;

/// <summary>The Batch REST api-version this client speaks.</summary>
public static class BatchApiVersion
{
    public const string Current = "2025-06-01";
}
