using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Tells a transport failure that proves the request never reached the service (no connection
/// could be made: refused, name not resolved, host unreachable, TLS handshake failed) from one after
/// which the service may have processed it (reset, timeout, closed mid-answer).</summary>
internal static class TransportFailure
{
    public static bool ProvesNothingSent(Exception exception)
    {
        for (Exception? inner = exception; inner != null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket when IsConnectPhase(socket.SocketErrorCode):
                    return true;
                case AuthenticationException:
                    return true;
                case WebException web when IsConnectPhase(web.Status):
                    return true;
            }
        }

        return false;
    }

    private static bool IsConnectPhase(SocketError error) =>
        error == SocketError.ConnectionRefused || error == SocketError.HostNotFound || error == SocketError.HostUnreachable
        || error == SocketError.NetworkUnreachable || error == SocketError.NoData || error == SocketError.TryAgain
        || error == SocketError.AddressNotAvailable;

    // .NET Framework's HttpClient reports connection failures as WebException statuses.
    private static bool IsConnectPhase(WebExceptionStatus status) =>
        status == WebExceptionStatus.ConnectFailure || status == WebExceptionStatus.NameResolutionFailure
        || status == WebExceptionStatus.ProxyNameResolutionFailure || status == WebExceptionStatus.SecureChannelFailure
        || status == WebExceptionStatus.TrustFailure;
}
