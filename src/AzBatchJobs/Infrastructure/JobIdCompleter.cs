using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>Completes a job id (-Id of the job cmdlets, -JobId elsewhere) from the account's jobs.</summary>
public sealed class JobIdCompleter : ServiceIdCompleter
{
    private protected override Task<IReadOnlyList<string>> ListAsync(BatchClient client, string prefix, IDictionary fakeBoundParameters, CancellationToken cancellationToken) =>
        client.GetJobIdsAsync(prefix, MaxCompletions, cancellationToken);
}
