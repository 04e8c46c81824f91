using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The engine's only view of the service. Each call is one attempt: the engine makes every retry
/// decision itself. Implementations classify failures instead of throwing; they throw only
/// OperationCanceledException when the token is cancelled.</summary>
internal interface ITaskCollectionSender
{
    /// <summary>POSTs <paramref name="body"/> (a complete <c>{"value":[...]}</c> document) to the job's addtaskcollection.</summary>
    Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Lists the job's tasks with these ids (id and creationTime), to settle many outcomes with one request.</summary>
    Task<TaskQueryResult> ListTasksAsync(string jobId, IReadOnlyList<string> taskIds, CancellationToken cancellationToken);

    /// <summary>GETs one task (id and creationTime); not found is an answer with nothing found.</summary>
    Task<TaskQueryResult> GetTaskAsync(string jobId, string taskId, CancellationToken cancellationToken);
}
