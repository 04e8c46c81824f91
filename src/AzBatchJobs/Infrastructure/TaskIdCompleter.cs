using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>Completes a task id from the tasks of the job already given with -JobId (or -Job); nothing before that.</summary>
public sealed class TaskIdCompleter : ServiceIdCompleter
{
    private static readonly IReadOnlyList<string> None = new string[0];

    private protected override Task<IReadOnlyList<string>> ListAsync(BatchClient client, string prefix, IDictionary fakeBoundParameters, CancellationToken cancellationToken)
    {
        var jobId = Unwrapped(fakeBoundParameters, "JobId") as string ?? (Unwrapped(fakeBoundParameters, "Job") as BatchJob)?.Id;
        return string.IsNullOrEmpty(jobId) ? Task.FromResult(None) : client.GetTaskIdsAsync(jobId!, prefix, MaxCompletions, cancellationToken);
    }
}
