namespace AzBatchJobs.Client;

/// <summary>Query parameter names the Batch service uses.</summary>
internal static class BatchQuery
{
    public const string ApiVersion = "api-version";
    public const string Timeout = "timeOut";
    public const string Filter = "$filter";
    public const string Select = "$select";
    public const string Expand = "$expand";
    public const string MaxResults = "maxresults";
    public const string Force = "force";
    public const string Recursive = "recursive";

    /// <summary>Parameters whose values are shown in logs and traces; any other value is redacted.</summary>
    public static readonly string[] Loggable = { ApiVersion, Timeout, Filter, Select, Expand, MaxResults, Force, Recursive };
}
