namespace AzBatchJobs.Client.Tests.EndToEnd;

public sealed class SharedKeyTests : IClassFixture<IdleNodeEmulator>
{
    private readonly IdleNodeEmulator _emulator;

    public SharedKeyTests(IdleNodeEmulator emulator) => _emulator = emulator;

    [Fact]
    public async Task A_wrong_key_is_403_AuthenticationFailed_and_the_key_appears_nowhere()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Range(1, 64).Select(i => (byte)i).ToArray());
        var client = _emulator.CreateClient(accountKey: wrongKey);

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => client.GetJobAsync("any-job"));

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.DoesNotContain(wrongKey, error.ToString());
        Assert.DoesNotContain(_emulator.Emulator.AccountKey, error.ToString());
        Assert.DoesNotContain(wrongKey, client.Connection.ToString());
    }

    [Fact]
    public async Task A_bearer_token_is_refused_by_an_emulator_not_started_to_allow_it()
    {
        var client = new BatchClient(BatchConnection.TokenCredential(_emulator.Emulator.Endpoint, new EntraIdTests.FixedTokenCredential()));

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => client.GetJobAsync("any-job"));

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }

    [Fact]
    public async Task The_right_key_is_accepted()
    {
        var id = await _emulator.CreateJobAsync("auth");

        var job = await _emulator.Client.GetJobAsync(id);

        Assert.Equal(200, job.GetRawResponse().Status);
    }
}
