using System.Net;
using System.Net.Sockets;
using System.Text;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Tests.Shell;

/// <summary>
/// A stand-in Batch endpoint on 127.0.0.1 that answers every request with one canned error response, for the
/// statuses the emulator never gives (401, 403, 429, 5xx...). It does not check signatures.
/// </summary>
public static class CannedBatchService
{
    /// <summary>Answers every request with this status and, given a code, a BatchError body; dispose to stop.</summary>
    public static IDisposable Start(int status, string? errorCode, out string endpoint,
        string message = "The canned message.\nRequestId:abc\nTime:2026-01-01T00:00:00Z", string? reason = null)
    {
        var body = errorCode is null ? null : Encoding.UTF8.GetBytes(BatchErrorBody(errorCode, message, reason));
        var server = new LoopbackServer((_, response) =>
        {
            response.StatusCode = status;
            response.Headers["request-id"] = "canned-request-id";
            // Retries (429, 5xx) come back after a millisecond instead of Azure.Core's back-off.
            response.Headers["retry-after-ms"] = "1";
            if (body is null) return;
            response.ContentType = "application/json; odata=minimalmetadata";
            response.OutputStream.Write(body);
        });
        endpoint = server.Endpoint.ToString().TrimEnd('/');
        return server;
    }

    /// <summary>An endpoint on a loopback port where nothing listens: every connection is refused.</summary>
    public static string RefusingEndpoint()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}";
    }

    private static string BatchErrorBody(string code, string message, string? reason)
    {
        var values = reason is null ? "" : $$""","values":[{"key":"Reason","value":"{{reason}}"}]""";
        return $$"""{"code":"{{code}}","message":{"lang":"en-US","value":"{{message.Replace("\n", "\\n")}}"}{{values}}}""";
    }
}
