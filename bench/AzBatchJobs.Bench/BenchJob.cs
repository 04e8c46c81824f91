using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Bench;

/// <summary>Makes sure the job exists and is disabled, so tasks wait while submission is measured.</summary>
internal static class BenchJob
{
    /// <summary>For setup and verification against a faulty emulator: many quick pipeline retries.</summary>
    public static BatchClientOptions PatientOptions()
    {
        var options = new BatchClientOptions();
        options.Retry.Mode = Azure.Core.RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxRetries = 20;
        return options;
    }

    private static async Task<bool> IsDisabledAsync(BatchClient client, string jobId)
    {
        var job = await client.GetJobAsync(jobId);
        return job.Value.State == BatchJobState.Disabled || job.Value.State == BatchJobState.Disabling;
    }

    public static async Task PrepareAsync(BatchClient client, string jobId)
    {
        try
        {
            await client.CreateJobAsync(new BatchJobCreateOptions { Id = jobId, PoolInfo = new BatchPoolInfo { PoolId = "bench-pool" } });
        }
        catch (BatchServiceException exists) when (exists.ErrorCode == "JobExists")
        {
        }

        if (!await IsDisabledAsync(client, jobId))
        {
            try
            {
                await client.DisableJobAsync(jobId, DisableBatchJobOption.Wait);
            }
            catch (BatchServiceException conflict) when (conflict.Status == 409)
            {
                // A retry of a disable the service had already done (a faulty emulator) is fine; anything else is not.
                if (!await IsDisabledAsync(client, jobId))
                {
                    throw;
                }
            }
        }
    }
}
