namespace AzBatchJobs.Emulator.Http;

/// <summary>Absolute URLs of resources, built from the address the client used.</summary>
internal static class Urls
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static string Job(HttpRequest request, string jobId) => $"{Base(request)}/jobs/{Uri.EscapeDataString(jobId)}";

    public static string JobSchedule(HttpRequest request, string jobScheduleId) => $"{Base(request)}/jobschedules/{Uri.EscapeDataString(jobScheduleId)}";

    public static string Task(HttpRequest request, string jobId, string taskId) =>
        $"{Job(request, jobId)}/tasks/{Uri.EscapeDataString(taskId)}";

    public static string Metadata(HttpRequest request, string fragment) => $"{Base(request)}/$metadata#{fragment}";
}
