using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

public sealed class ConditionalRequestTests : IClassFixture<IdleNodeEmulator>
{
    private readonly IdleNodeEmulator _emulator;
    private readonly BatchClient _client;

    public ConditionalRequestTests(IdleNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    [Fact]
    public async Task If_match_with_the_current_etag_applies_and_a_stale_etag_is_412_ConditionNotMet()
    {
        var id = await _emulator.CreateJobAsync("ifmatch");
        var current = (await _client.GetJobAsync(id)).Value.ETag;

        var updated = await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 2 }, new BatchRequestOptions { IfMatch = current });

        Assert.NotEqual(current, updated.ETag);
        var error = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 3 }, new BatchRequestOptions { IfMatch = current }));
        Assert.Equal(412, error.Status);
        Assert.Equal("ConditionNotMet", error.ErrorCode);
        Assert.Equal(2, (await _client.GetJobAsync(id)).Value.Priority);
    }

    [Fact]
    public async Task If_match_guards_state_changes_and_deletes_too()
    {
        var id = await _emulator.CreateJobAsync("ifmatch-del");
        var stale = (await _client.GetJobAsync(id)).Value.ETag;
        await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 9 });

        var disable = await Assert.ThrowsAsync<BatchServiceException>(() => _client.DisableJobAsync(id, "wait", new BatchRequestOptions { IfMatch = stale }));
        var delete = await Assert.ThrowsAsync<BatchServiceException>(() => _client.DeleteJobAsync(id, options: new BatchRequestOptions { IfMatch = stale }));

        Assert.Equal(412, disable.Status);
        Assert.Equal(412, delete.Status);
        Assert.Equal(BatchJobState.Active, (await _client.GetJobAsync(id)).Value.State);
    }

    [Fact]
    public async Task Get_with_if_none_match_the_current_etag_is_not_modified()
    {
        var id = await _emulator.CreateJobAsync("ifnonematch");
        var current = (await _client.GetJobAsync(id)).Value.ETag;

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetJobAsync(id, options: new BatchRequestOptions { IfNoneMatch = current }));
        var changed = await _client.GetJobAsync(id, options: new BatchRequestOptions { IfNoneMatch = "\"0x0\"" });

        Assert.Equal(304, error.Status);
        Assert.Equal(id, changed.Value.Id);
    }

    [Fact]
    public async Task Get_with_a_stale_if_match_or_an_earlier_if_unmodified_since_is_412()
    {
        var id = await _emulator.CreateJobAsync("get-ifmatch");
        var stale = (await _client.GetJobAsync(id)).Value;
        await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 8 });

        var ifMatch = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetJobAsync(id, options: new BatchRequestOptions { IfMatch = stale.ETag }));
        var ifUnmodified = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.GetJobAsync(id, options: new BatchRequestOptions { IfUnmodifiedSince = stale.LastModified!.Value.AddMinutes(-1) }));

        Assert.Equal((412, "ConditionNotMet"), (ifMatch.Status, ifMatch.ErrorCode));
        Assert.Equal((412, "ConditionNotMet"), (ifUnmodified.Status, ifUnmodified.ErrorCode));
    }

    [Fact]
    public async Task Get_with_if_modified_since_returns_the_job_only_when_it_changed_after_that_time()
    {
        var id = await _emulator.CreateJobAsync("ifmodified");
        var lastModified = (await _client.GetJobAsync(id)).Value.LastModified!.Value;

        var notModified = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.GetJobAsync(id, options: new BatchRequestOptions { IfModifiedSince = lastModified }));
        var modified = await _client.GetJobAsync(id, options: new BatchRequestOptions { IfModifiedSince = lastModified.AddMinutes(-1) });

        Assert.Equal(304, notModified.Status);
        Assert.Equal(id, modified.Value.Id);
    }

    [Fact]
    public async Task Update_with_if_unmodified_since_before_the_last_change_is_412()
    {
        var id = await _emulator.CreateJobAsync("ifunmodified");
        var lastModified = (await _client.GetJobAsync(id)).Value.LastModified!.Value;

        var error = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 4 }, new BatchRequestOptions { IfUnmodifiedSince = lastModified.AddMinutes(-1) }));
        var applied = await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 5 }, new BatchRequestOptions { IfUnmodifiedSince = lastModified.AddMinutes(1) });

        Assert.Equal(412, error.Status);
        Assert.Equal("ConditionNotMet", error.ErrorCode);
        Assert.Equal(200, applied.Status);
    }
}
