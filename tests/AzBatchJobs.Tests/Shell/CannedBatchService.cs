using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AzBatchJobs.Tests.Shell;

/// <summary>
/// A stand-in Batch endpoint on 127.0.0.1 that answers every request with one canned error response,
/// for the statuses the emulator never gives (401, 403, 429, 5xx...). It does not check signatures.
/// </summary>
public sealed class CannedBatchService : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly int _status;
    private readonly string? _body;

    public CannedBatchService(int status, string? errorCode, string message = "The canned message.\nRequestId:abc\nTime:2026-01-01T00:00:00Z", string? reason = null)
    {
        _status = status;
        _body = errorCode is null ? null : BatchErrorBody(errorCode, message, reason);
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    /// <summary>An endpoint on a loopback port where nothing listens: every connection is refused.</summary>
    public static string RefusingEndpoint() => $"http://127.0.0.1:{FreePort()}";

    private static string BatchErrorBody(string code, string message, string? reason)
    {
        var values = reason is null ? "" : $$""","values":[{"key":"Reason","value":"{{reason}}"}]""";
        return $$"""{"code":"{{code}}","message":{"lang":"en-US","value":"{{message.Replace("\n", "\\n")}}"}{{values}}}""";
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            var response = context.Response;
            response.StatusCode = _status;
            response.Headers["request-id"] = "canned-request-id";
            // Retries (429, 5xx) come back after a millisecond instead of Azure.Core's back-off.
            response.Headers["retry-after-ms"] = "1";
            if (_body is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(_body);
                response.ContentType = "application/json; odata=minimalmetadata";
                await response.OutputStream.WriteAsync(bytes);
            }
            response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
