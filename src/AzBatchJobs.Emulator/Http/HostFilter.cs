using System.Net;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// Serves only loopback Host names (127.0.0.1, localhost, [::1], any port) and the names given with
/// --allow-host. A web page whose name an attacker rebinds to 127.0.0.1 still sends its own name,
/// so it is refused here, before authentication, and nothing it sent is echoed back.
/// </summary>
internal sealed class HostFilter
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];
    private readonly HashSet<string> _allowed;

    public HostFilter(IEnumerable<string> extraNames)
    {
        // An IPv6 address arrives in brackets ("[fd00::1]:10100"), so it is kept that way.
        _allowed = new HashSet<string>(LoopbackNames.Concat(extraNames.Select(name => name.Contains(':') && !name.StartsWith('[') ? $"[{name}]" : name)),
            StringComparer.OrdinalIgnoreCase);
    }

    public void Check(HttpContext context)
    {
        if (_allowed.Contains(context.Request.Host.Host))
        {
            return;
        }
        // Every URL the error body builds (odata.metadata) must name this server, not the caller's host.
        context.Request.Host = new HostString(IPAddress.Loopback.ToString(), context.Connection.LocalPort);
        throw new BatchErrorException(400, "InvalidHeaderValue", "The value for one of the HTTP headers is not in the correct format.",
            ("HeaderName", "Host"),
            ("Reason", "This emulator serves only the loopback host names 127.0.0.1, localhost and [::1]; start it with --allow-host NAME to serve another name."));
    }
}
