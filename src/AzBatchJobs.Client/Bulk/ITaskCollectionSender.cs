using System;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The engine's only view of the service: post one add-collection body, look one task up.
/// Implementations classify failures instead of throwing; they throw only OperationCanceledException
/// when the token is cancelled.</summary>
internal interface ITaskCollectionSender
{
    /// <summary>POSTs <paramref name="body"/> (a complete <c>{"value":[...]}</c> document) to the job's addtaskcollection.</summary>
    Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>GETs one task, to tell whether an existing task was added by this submission.</summary>
    Task<TaskLookupResult> LookupTaskAsync(string jobId, string taskId, CancellationToken cancellationToken);
}
