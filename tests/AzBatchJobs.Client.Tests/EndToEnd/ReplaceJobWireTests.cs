using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>
/// The emulator ignores properties it does not update, so it cannot show what a replace sends; a
/// loopback server records the body that really crosses the socket.
/// </summary>
public sealed class ReplaceJobWireTests
{
    [Fact]
    public async Task Replacing_a_job_read_from_the_service_sends_only_the_writable_properties()
    {
        using var server = new LoopbackServer((_, response) => response.StatusCode = 200);
        var client = new BatchClient(BatchConnection.SharedKey(server.Endpoint, "account", Convert.ToBase64String(new byte[32])));
        var job = new BatchJob
        {
            Id = "job-1",
            Url = "https://account.region.batch.azure.com/jobs/job-1",
            ETag = "0x1",
            State = BatchJobState.Active,
            CreationTime = DateTimeOffset.UtcNow,
            DisplayName = "read only",
            UsesTaskDependencies = true,
            OnTaskFailure = BatchTaskFailureMode.PerformExitOptionsJobAction,
            JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "run" },
            ExecutionInfo = new BatchJobExecutionInfo { StartTime = DateTimeOffset.UtcNow, PoolId = "pool" },
            Priority = 5,
            MaxParallelTasks = 2,
            AllowTaskPreemption = false,
            Constraints = new BatchJobConstraints { MaxTaskRetryCount = 1 },
            PoolInfo = new BatchPoolInfo { PoolId = "pool" },
            OnAllTasksComplete = BatchAllTasksCompleteMode.NoAction,
        };
        job.CommonEnvironmentSettings = [new EnvironmentSetting { Name = "A", Value = "b" }];
        job.Metadata = [new BatchMetadataItem { Name = "k", Value = "v" }];

        await client.ReplaceJobAsync("job-1", job);

        var (method, _, _, body) = Assert.Single(server.Received);
        Assert.Equal("PUT", method);
        using var sent = JsonDocument.Parse(body);
        var names = sent.RootElement.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "allowTaskPreemption", "constraints", "maxParallelTasks", "metadata", "onAllTasksComplete", "poolInfo", "priority" }, names);
    }
}
