using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Service errors reach the caller as <see cref="BatchServiceException"/> with everything needed to act on them.</summary>
public sealed class JobErrorTests : IClassFixture<IdleNodeEmulator>
{
    private readonly IdleNodeEmulator _emulator;
    private readonly BatchClient _client;

    public JobErrorTests(IdleNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    [Fact]
    public async Task Missing_job_is_404_JobNotFound_with_request_ids()
    {
        var clientRequestId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.GetJobAsync(EmulatorFixture.NewId("missing"), options: new BatchRequestOptions { ClientRequestId = clientRequestId }));

        Assert.Equal(404, error.Status);
        Assert.Equal("JobNotFound", error.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain("HTTP 404", error.ServiceMessage);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal(clientRequestId.ToString(), error.ClientRequestId, ignoreCase: true);
    }

    [Fact]
    public async Task Creating_an_existing_job_in_any_case_is_409_JobExists()
    {
        var id = await _emulator.CreateJobAsync("exists");

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateJobAsync(EmulatorFixture.NewJob(id.ToUpperInvariant())));

        Assert.Equal(409, error.Status);
        Assert.Equal("JobExists", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.False(string.IsNullOrEmpty(error.ClientRequestId));
    }

    [Fact]
    public async Task Disabling_a_completed_job_is_409_JobCompleted()
    {
        var id = await _emulator.CreateJobAsync("completed");
        await _client.TerminateJobAsync(id);
        await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(id)).Value.State, s => s == BatchJobState.Completed, "the job to complete");

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.DisableJobAsync(id, "requeue"));

        Assert.Equal(409, error.Status);
        Assert.Equal("JobCompleted", error.ErrorCode);
    }

    [Fact]
    public async Task Enabling_a_job_that_is_not_disabled_is_a_conflict()
    {
        var id = await _emulator.CreateJobAsync("notdisabled");

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.EnableJobAsync(id));

        Assert.Equal(409, error.Status);
        Assert.False(string.IsNullOrEmpty(error.ErrorCode));
        Assert.Equal(BatchJobState.Active, (await _client.GetJobAsync(id)).Value.State);
    }

    [Fact]
    public async Task Invalid_property_values_are_rejected_by_the_service_with_the_property_named()
    {
        var id = await _emulator.CreateJobAsync("badpatch");

        // Enumerations are extensible, so the client sends an unknown value and the service names what it rejects.
        var error = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.UpdateJobAsync(id, new BatchJobUpdateOptions { OnAllTasksComplete = "sometimes" }));

        Assert.Equal(400, error.Status);
        Assert.Contains(error.Values, v => v.Value.Contains("onAllTasksComplete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listing_the_jobs_of_an_unknown_schedule_is_404_JobScheduleNotFound()
    {
        var error = await Assert.ThrowsAsync<BatchServiceException>(async () =>
        {
            await foreach (var _ in _client.GetJobsFromScheduleAsync("no-such-schedule"))
            {
            }
        });

        Assert.Equal((404, "JobScheduleNotFound"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task Input_the_service_would_reject_fails_before_sending()
    {
        var (client, traces) = _emulator.CreateObservedClient();

        var error = await Assert.ThrowsAsync<BatchValidationException>(() =>
            client.UpdateJobAsync(EmulatorFixture.NewId("prio"), new BatchJobUpdateOptions { Priority = 1001 }));

        Assert.Equal("update.Priority", error.ParamName);
        Assert.Contains("-1000", error.Message);
        Assert.Empty(traces);
    }
}
