using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Identity;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

/// <summary>When no answer comes back, the caller gets one exception that names the host, not Azure.Core's retry advice.</summary>
public sealed class TransportFailureTests
{
    private static BatchClient ClientFor(Uri endpoint, int maxRetries, TimeSpan? networkTimeout = null)
    {
        var options = new BatchClientOptions();
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxRetries = maxRetries;
        if (networkTimeout is not null) options.Retry.NetworkTimeout = networkTimeout.Value;
        return new BatchClient(BatchConnection.SharedKey(endpoint, TestClients.Account, TestClients.Key), options);
    }

    private static Uri ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    [Theory]
    [InlineData(0, "1 attempt")]
    [InlineData(2, "3 attempts")]
    public async Task A_refused_connection_is_a_BatchConnectionException_naming_the_host(int maxRetries, string attempts)
    {
        var endpoint = ClosedPort();

        var error = await Assert.ThrowsAsync<BatchConnectionException>(() => ClientFor(endpoint, maxRetries).GetJobAsync("job-1"));

        Assert.Equal(endpoint.Authority, error.Host);
        Assert.Equal(maxRetries + 1, error.Attempts);
        Assert.False(error.TimedOut);
        Assert.StartsWith($"Could not connect to the Batch service at {endpoint.Authority}: ", error.Message);
        Assert.EndsWith($"({attempts}).", error.Message);
        Assert.DoesNotContain("\n", error.Message);
        Assert.DoesNotContain("ClientOptions", error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task No_answer_within_the_network_timeout_is_a_timed_out_BatchConnectionException()
    {
        using var server = new LoopbackServer((_, response) =>
        {
            Thread.Sleep(1000);
            response.StatusCode = 200;
        });

        var error = await Assert.ThrowsAsync<BatchConnectionException>(() =>
            ClientFor(server.Endpoint, 0, TimeSpan.FromMilliseconds(200)).GetJobAsync("job-1"));

        Assert.True(error.TimedOut);
        Assert.Equal($"The Batch service at {server.Endpoint.Authority} did not answer within the network timeout (1 attempt).", error.Message);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        using var server = new LoopbackServer((_, response) => Thread.Sleep(1000));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ClientFor(server.Endpoint, 0).GetJobAsync("job-1", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task A_credential_that_gets_no_token_is_a_BatchAuthenticationException_and_nothing_is_sent()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200));
        var connection = BatchConnection.TokenCredential(TestClients.Endpoint, new FailingCredential());
        var client = new BatchClient(connection, TestClients.Options(transport));

        var error = await Assert.ThrowsAsync<BatchAuthenticationException>(() => client.GetJobAsync("job-1"));

        Assert.Equal("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.", error.Message);
        Assert.IsType<AuthenticationFailedException>(error.InnerException);
        Assert.Empty(transport.Requests);
    }

    private sealed class FailingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.\nSee the troubleshooting guide for more information.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.\nSee the troubleshooting guide for more information.");
    }
}
