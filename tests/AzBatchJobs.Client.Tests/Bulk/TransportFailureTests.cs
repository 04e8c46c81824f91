using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Azure;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class TransportFailureTests
{
    public static TheoryData<Exception> NothingSent() => new()
    {
        Wrapped(new SocketException((int)SocketError.ConnectionRefused)),
        Wrapped(new SocketException((int)SocketError.HostNotFound)),
        Wrapped(new SocketException((int)SocketError.NetworkUnreachable)),
        Wrapped(new AuthenticationException("The remote certificate is invalid.")),
        Wrapped(new WebException("Unable to connect", WebExceptionStatus.ConnectFailure)),
        Wrapped(new WebException("The remote name could not be resolved", WebExceptionStatus.NameResolutionFailure)),
    };

    public static TheoryData<Exception> MaybeSent() => new()
    {
        Wrapped(new IOException("reset", new SocketException((int)SocketError.ConnectionReset))),
        Wrapped(new SocketException((int)SocketError.TimedOut)),
        new TaskCanceledException("The request timed out."),
        Wrapped(new WebException("The connection was closed", WebExceptionStatus.ConnectionClosed)),
    };

    [Theory]
    [MemberData(nameof(NothingSent))]
    public void A_connection_that_could_not_be_made_proves_nothing_was_sent(Exception failure) =>
        Assert.True(TransportFailure.ProvesNothingSent(failure));

    [Theory]
    [MemberData(nameof(MaybeSent))]
    public void A_failure_after_connecting_proves_nothing(Exception failure) =>
        Assert.False(TransportFailure.ProvesNothingSent(failure));

    private static Exception Wrapped(Exception inner) =>
        new RequestFailedException("transport failure", new HttpRequestException("send failed", inner));
}
