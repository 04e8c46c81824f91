namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// The api-versions served: the current one and every older GA data-plane version of the spec repository
/// (specification/batch/data-plane/Microsoft.Batch/stable) from 2019-08-01.10.0 on, which Microsoft's SDKs
/// still send (azure-batch 14.1 for Python sends 2023-11-01.18.0, @azure/batch 10.x 2022-10-01.16.0).
/// Every version is answered with the 2025-06-01 shapes.
/// </summary>
internal static class ApiVersions
{
    public const string Current = "2025-06-01";

    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        Current,
        "2024-07-01.20.0",
        "2024-02-01.19.0",
        "2023-11-01.18.0",
        "2023-05-01.17.0",
        "2022-10-01.16.0",
        "2022-01-01.15.0",
        "2021-06-01.14.0",
        "2020-09-01.12.0",
        "2020-03-01.11.0",
        "2019-08-01.10.0",
    };

    public static void Check(HttpRequest request)
    {
        var values = request.Query["api-version"];
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            throw new BatchErrorException(400, "MissingRequiredQueryParameter",
                "A query parameter that's mandatory for this request is not specified.", ("QueryParameterName", "api-version"));
        }
        string version = values[0]!;
        if (!Supported.Contains(version))
        {
            throw BatchErrorException.InvalidQuery("api-version", version,
                "The specified api version is not supported. Supported versions: " + string.Join(", ", Supported));
        }
    }
}
