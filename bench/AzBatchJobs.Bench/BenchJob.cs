using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Bench;

/// <summary>Makes sure the job exists and is disabled, so tasks wait while submission is measured.</summary>
internal static class BenchJob
{
    public static async Task PrepareAsync(BatchClient client, string jobId)
    {
        try
        {
            await client.CreateJobAsync(new BatchJobCreateOptions { Id = jobId, PoolInfo = new BatchPoolInfo { PoolId = "bench-pool" } });
        }
        catch (BatchServiceException exists) when (exists.ErrorCode == "JobExists")
        {
        }

        var job = await client.GetJobAsync(jobId);
        if (job.Value.State != BatchJobState.Disabled && job.Value.State != BatchJobState.Disabling)
        {
            await client.DisableJobAsync(jobId, DisableBatchJobOption.Wait);
        }
    }
}
