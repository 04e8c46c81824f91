using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>GET /jobs/{jobId}/tasks/{taskId}/files, lazily page by page ($filter and maxresults; no $select/$expand).</summary>
    public virtual AsyncPageable<BatchNodeFile> GetTaskFilesAsync(string jobId, string taskId, bool? recursive = null, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchNodeFile>(TaskFilesPager(jobId, taskId, recursive, options), cancellationToken);

    public virtual Pageable<BatchNodeFile> GetTaskFiles(string jobId, string taskId, bool? recursive = null, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchNodeFile>(TaskFilesPager(jobId, taskId, recursive, options), cancellationToken);

    private BatchPager<BatchNodeFile> TaskFilesPager(string jobId, string taskId, bool? recursive, BatchListOptions? options)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        RejectSelect(options, "ListTaskFiles");
        RejectExpand(options, "ListTaskFiles");
        return Pager<BatchNodeFile>(
            options,
            () => Build(RequestMethod.Get, "ListTaskFiles", null, ConditionalSupport.None, "jobs", jobId, "tasks", taskId, "files")
                .List(options)
                .Query(BatchQuery.Recursive, recursive),
            file =>
            {
                file.JobId = jobId;
                file.TaskId = taskId;
            });
    }

    /// <summary>
    /// GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}: the content as a live stream (caller disposes).
    /// <paramref name="range"/> is sent as ocp-range, e.g. <c>bytes=0-1023</c>.
    /// </summary>
    public virtual Task<BatchFileContent> GetTaskFileAsync(string jobId, string taskId, string filePath, string? range = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskFileCoreAsync(jobId, taskId, filePath, range, options, true, cancellationToken).AsTask();

    public virtual BatchFileContent GetTaskFile(string jobId, string taskId, string filePath, string? range = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskFileCoreAsync(jobId, taskId, filePath, range, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<BatchFileContent> GetTaskFileCoreAsync(string jobId, string taskId, string filePath, string? range, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        var builder = TaskFileRequest(RequestMethod.Get, "GetTaskFile", ConditionalSupport.DatesOnly, jobId, taskId, filePath, options)
            .Header(BatchHeaders.OcpRange, range)
            .Header("Accept", "application/octet-stream")
            .StreamResponse();
        var message = builder.Message;
        try
        {
            var response = await SendAsync(builder, async, cancellationToken).ConfigureAwait(false);
            var properties = BatchFileProperties.FromResponse(response, jobId, taskId, filePath);
            var content = response.ContentStream ?? new MemoryStream(Array.Empty<byte>());
            // The live stream belongs to the message: both are disposed together by the caller.
            return new BatchFileContent(content, properties, message);
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    /// <summary>HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}: size, times, mode, URL.</summary>
    public virtual Task<BatchFileProperties> GetTaskFilePropertiesAsync(string jobId, string taskId, string filePath, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskFilePropertiesCoreAsync(jobId, taskId, filePath, options, true, cancellationToken).AsTask();

    public virtual BatchFileProperties GetTaskFileProperties(string jobId, string taskId, string filePath, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskFilePropertiesCoreAsync(jobId, taskId, filePath, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<BatchFileProperties> GetTaskFilePropertiesCoreAsync(string jobId, string taskId, string filePath, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        var builder = TaskFileRequest(RequestMethod.Head, "GetTaskFileProperties", ConditionalSupport.DatesOnly, jobId, taskId, filePath, options);
        using var message = builder.Message;
        var response = await SendAsync(builder, async, cancellationToken).ConfigureAwait(false);
        return BatchFileProperties.FromResponse(response, jobId, taskId, filePath);
    }

    /// <summary>DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}; <paramref name="recursive"/> for directories.</summary>
    public virtual Task<BatchOperationResult> DeleteTaskFileAsync(string jobId, string taskId, string filePath, bool? recursive = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteTaskFileCoreAsync(jobId, taskId, filePath, recursive, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DeleteTaskFile(string jobId, string taskId, string filePath, bool? recursive = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteTaskFileCoreAsync(jobId, taskId, filePath, recursive, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> DeleteTaskFileCoreAsync(string jobId, string taskId, string filePath, bool? recursive, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        var builder = TaskFileRequest(RequestMethod.Delete, "DeleteTaskFile", ConditionalSupport.None, jobId, taskId, filePath, options)
            .Query(BatchQuery.Recursive, recursive);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    // The file path is one escaped segment ("wd/out.txt" -> "wd%2Fout.txt"), as the official SDKs send it.
    private BatchMessageBuilder TaskFileRequest(RequestMethod method, string operation, ConditionalSupport conditional, string jobId, string taskId, string filePath, BatchRequestOptions? options)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        BatchInputValidator.ValidateFilePath(filePath, nameof(filePath));
        return Build(method, operation, options, conditional, "jobs", jobId, "tasks", taskId, "files", filePath);
    }
}
