using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Bench;

/// <summary>After an engine run into a new job: the job holds each task at most once, every task reported
/// Added is in it, every task reported Failed or NotSubmitted is not, and nothing was "already there".</summary>
internal static class BenchVerification
{
    public static async Task<string> CheckAsync(BatchClient patient, string jobId, BatchTaskSubmitStatus[] statuses)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int duplicates = 0;
        await foreach (var task in patient.GetTasksAsync(jobId, new BatchListOptions { Select = new[] { "id" } }))
        {
            if (!seen.Add(task.Id!))
            {
                duplicates++;
            }
        }

        int untrue = 0, unknown = 0;
        for (int i = 0; i < statuses.Length; i++)
        {
            bool inJob = seen.Contains(BenchTasks.Id(i));
            switch (statuses[i])
            {
                case BatchTaskSubmitStatus.Added when !inJob:
                case BatchTaskSubmitStatus.Failed when inJob:
                case BatchTaskSubmitStatus.NotSubmitted when inJob:
                case BatchTaskSubmitStatus.AlreadyExisted:
                    untrue++;
                    break;
                case BatchTaskSubmitStatus.Unknown:
                    unknown++;
                    break;
            }
        }

        string verdict = duplicates == 0 && untrue == 0 ? "ok" : "FAILED";
        return $"verify: {verdict} in_job={seen.Count} duplicates={duplicates} untrue_outcomes={untrue} unknown={unknown}";
    }
}
