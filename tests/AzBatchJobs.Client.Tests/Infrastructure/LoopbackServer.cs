using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;

namespace AzBatchJobs.Client.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP server on 127.0.0.1 (HttpListener) that records what really arrives over a socket
/// and answers with a handler. Stopped on dispose.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Action<HttpListenerRequest, HttpListenerResponse> _handler;

    public LoopbackServer(Action<HttpListenerRequest, HttpListenerResponse> handler)
    {
        _handler = handler;
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Endpoint { get; }

    public List<(string Method, string RawUrl, NameValueCollection Headers, byte[] Body)> Received { get; } = new();

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
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            lock (Received)
            {
                Received.Add((context.Request.HttpMethod, context.Request.RawUrl!, new NameValueCollection(context.Request.Headers), body.ToArray()));
            }
            _handler(context.Request, context.Response);
            context.Response.Close();
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
            // The loop ends with the listener; nothing to report.
        }
    }
}
