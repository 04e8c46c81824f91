using System.Globalization;
using System.Net;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// Says, without authentication, that what listens on this port is an AzBatchJobs emulator and
/// which process it is, so that Stop-BatchEmulator -Port can stop one another session left running
/// and never anything else. GET /azbatchjobs-emulator answers one line:
/// AZBATCHJOBS_EMULATOR_PROCESS_ID=N. Not part of the Batch API; loopback Host names only.
/// </summary>
internal static class EmulatorIdentity
{
    public const string Path = "/azbatchjobs-emulator";
    public const string ProcessIdKey = "AZBATCHJOBS_EMULATOR_PROCESS_ID";

    public static void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.Ordinal) && IsLoopback(context.Request.Host.Host))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(ProcessIdKey + "=" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            return;
        }
        await next(context);
    });

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
