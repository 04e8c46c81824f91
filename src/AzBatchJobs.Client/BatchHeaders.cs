namespace AzBatchJobs.Client;

/// <summary>Header names the Batch service uses.</summary>
internal static class BatchHeaders
{
    public const string ClientRequestId = "client-request-id";
    public const string ReturnClientRequestId = "return-client-request-id";
    public const string OcpDate = "ocp-date";
    public const string OcpRange = "ocp-range";
    public const string RequestId = "request-id";
    public const string DataServiceId = "DataServiceId";
    public const string Authorization = "Authorization";
    public const string JsonContentType = "application/json; odata=minimalmetadata";
    public const string OcpCreationTime = "ocp-creation-time";
    public const string OcpFileIsDirectory = "ocp-batch-file-isdirectory";
    public const string OcpFileUrl = "ocp-batch-file-url";
    public const string OcpFileMode = "ocp-batch-file-mode";

    /// <summary>Headers whose values may appear in Azure.Core's logs; Authorization is deliberately absent.</summary>
    public static readonly string[] Loggable =
    {
        ClientRequestId, ReturnClientRequestId, OcpDate, RequestId, DataServiceId, OcpRange,
        "If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since", "ETag", "Last-Modified",
        "Retry-After", OcpCreationTime, OcpFileIsDirectory, OcpFileMode,
    };
}
