namespace AzBatchJobs.Emulator.Http;

/// <summary>Absolute URLs of resources, built from the address the client used.</summary>
internal static class Urls
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static string Job(HttpRequest request, string jobId) => $"{Base(request)}/jobs/{Uri.EscapeDataString(jobId)}";

    public static string JobSchedule(HttpRequest request, string jobScheduleId) => $"{Base(request)}/jobschedules/{Uri.EscapeDataString(jobScheduleId)}";

    public static string Task(HttpRequest request, string jobId, string taskId) =>
        $"{Job(request, jobId)}/tasks/{Uri.EscapeDataString(taskId)}";

    public static string Node(HttpRequest request, string poolId, string nodeId) =>
        $"{Base(request)}/pools/{Uri.EscapeDataString(poolId)}/nodes/{Uri.EscapeDataString(nodeId)}";

    /// <summary>Adds nodeUrl and, when the entry has a taskRootDirectory, taskRootDirectoryUrl to a nodeInfo (or a preparation and release status).</summary>
    public static void AddNodeUrls(HttpRequest request, System.Text.Json.Nodes.JsonObject? nodeInfo, System.Text.Json.Nodes.JsonObject? directoryHolder = null)
    {
        if (nodeInfo is null || (string?)nodeInfo["poolId"] is not { } poolId || (string?)nodeInfo["nodeId"] is not { } nodeId)
        {
            return;
        }
        string nodeUrl = Node(request, poolId, nodeId);
        nodeInfo["nodeUrl"] = nodeUrl;
        directoryHolder ??= nodeInfo;
        if ((string?)directoryHolder["taskRootDirectory"] is { } directory)
        {
            directoryHolder["taskRootDirectoryUrl"] = $"{nodeUrl}/files/{directory}";
        }
    }

    public static string Metadata(HttpRequest request, string fragment) => $"{Base(request)}/$metadata#{fragment}";
}
