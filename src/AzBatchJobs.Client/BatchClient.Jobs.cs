using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>POST /jobs (201).</summary>
    public virtual Task<BatchOperationResult> CreateJobAsync(BatchJobCreateOptions job, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateJobCoreAsync(job, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult CreateJob(BatchJobCreateOptions job, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateJobCoreAsync(job, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> CreateJobCoreAsync(BatchJobCreateOptions job, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobCreate(job);
        var builder = Build(RequestMethod.Post, "CreateJob", options, ConditionalSupport.None, "jobs").JsonBody(job);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>GET /jobs/{jobId}.</summary>
    public virtual Task<Response<BatchJob>> GetJobAsync(string jobId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobCoreAsync(jobId, select, expand, options, true, cancellationToken).AsTask();

    public virtual Response<BatchJob> GetJob(string jobId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobCoreAsync(jobId, select, expand, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<Response<BatchJob>> GetJobCoreAsync(string jobId, string[]? select, string[]? expand, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var builder = Build(RequestMethod.Get, "GetJob", options, ConditionalSupport.All, "jobs", jobId)
            .Query(BatchQuery.Select, select)
            .Query(BatchQuery.Expand, expand);
        return SendForValueAsync<BatchJob>(builder, async, cancellationToken);
    }

    /// <summary>GET /jobs, lazily page by page.</summary>
    public virtual AsyncPageable<BatchJob> GetJobsAsync(BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchJob>(JobsPager(options), cancellationToken);

    public virtual Pageable<BatchJob> GetJobs(BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchJob>(JobsPager(options), cancellationToken);

    private BatchPager<BatchJob> JobsPager(BatchListOptions? options) =>
        Pager<BatchJob>(options, () => Build(RequestMethod.Get, "ListJobs", null, ConditionalSupport.None, "jobs").List(options), null);

    /// <summary>GET /jobschedules/{jobScheduleId}/jobs, lazily page by page.</summary>
    public virtual AsyncPageable<BatchJob> GetJobsFromScheduleAsync(string jobScheduleId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchJob>(JobsFromSchedulePager(jobScheduleId, options), cancellationToken);

    public virtual Pageable<BatchJob> GetJobsFromSchedule(string jobScheduleId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchJob>(JobsFromSchedulePager(jobScheduleId, options), cancellationToken);

    private BatchPager<BatchJob> JobsFromSchedulePager(string jobScheduleId, BatchListOptions? options)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        return Pager<BatchJob>(options, () => Build(RequestMethod.Get, "ListJobsFromSchedule", null, ConditionalSupport.None, "jobschedules", jobScheduleId, "jobs").List(options), null);
    }

    /// <summary>
    /// PUT /jobs/{jobId}: replaces every updatable property (what is not sent is removed). Only the writable
    /// properties of <paramref name="job"/> are sent, so a job read with GetJob can be changed and passed back.
    /// </summary>
    public virtual Task<BatchOperationResult> ReplaceJobAsync(string jobId, BatchJob job, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceJobCoreAsync(jobId, job, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult ReplaceJob(string jobId, BatchJob job, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceJobCoreAsync(jobId, job, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> ReplaceJobCoreAsync(string jobId, BatchJob job, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateJobReplace(job);
        var builder = Build(RequestMethod.Put, "ReplaceJob", options, ConditionalSupport.All, "jobs", jobId).JsonBody(BatchJobReplaceContent.From(job));
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>PATCH /jobs/{jobId}: changes only the properties that are set.</summary>
    public virtual Task<BatchOperationResult> UpdateJobAsync(string jobId, BatchJobUpdateOptions update, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateJobCoreAsync(jobId, update, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult UpdateJob(string jobId, BatchJobUpdateOptions update, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateJobCoreAsync(jobId, update, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> UpdateJobCoreAsync(string jobId, BatchJobUpdateOptions update, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateJobUpdate(update);
        var builder = Build(RequestMethod.Patch, "UpdateJob", options, ConditionalSupport.All, "jobs", jobId).JsonBody(update);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>DELETE /jobs/{jobId} (202); <paramref name="force"/> deletes even if nodes have not processed the deletion.</summary>
    public virtual Task<BatchOperationResult> DeleteJobAsync(string jobId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteJobCoreAsync(jobId, force, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DeleteJob(string jobId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteJobCoreAsync(jobId, force, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> DeleteJobCoreAsync(string jobId, bool? force, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var builder = Build(RequestMethod.Delete, "DeleteJob", options, ConditionalSupport.All, "jobs", jobId).Query(BatchQuery.Force, force);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>POST /jobs/{jobId}/disable (202) with what to do with running tasks: requeue, terminate or wait.</summary>
    public virtual Task<BatchOperationResult> DisableJobAsync(string jobId, DisableBatchJobOption disableTasks, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DisableJobCoreAsync(jobId, disableTasks, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DisableJob(string jobId, DisableBatchJobOption disableTasks, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        DisableJobCoreAsync(jobId, disableTasks, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> DisableJobCoreAsync(string jobId, DisableBatchJobOption disableTasks, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateRequired(disableTasks.ToString(), nameof(disableTasks));
        var builder = Build(RequestMethod.Post, "DisableJob", options, ConditionalSupport.All, "jobs", jobId, "disable")
            .JsonBody(new BatchJobDisableOptions { DisableTasks = disableTasks });
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>POST /jobs/{jobId}/enable (202), no body.</summary>
    public virtual Task<BatchOperationResult> EnableJobAsync(string jobId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        EnableJobCoreAsync(jobId, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult EnableJob(string jobId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        EnableJobCoreAsync(jobId, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> EnableJobCoreAsync(string jobId, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var builder = Build(RequestMethod.Post, "EnableJob", options, ConditionalSupport.All, "jobs", jobId, "enable");
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>POST /jobs/{jobId}/terminate (202); a body only when a reason is given.</summary>
    public virtual Task<BatchOperationResult> TerminateJobAsync(string jobId, string? terminateReason = null, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TerminateJobCoreAsync(jobId, terminateReason, force, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult TerminateJob(string jobId, string? terminateReason = null, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TerminateJobCoreAsync(jobId, terminateReason, force, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> TerminateJobCoreAsync(string jobId, string? terminateReason, bool? force, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var builder = Build(RequestMethod.Post, "TerminateJob", options, ConditionalSupport.All, "jobs", jobId, "terminate").Query(BatchQuery.Force, force);
        if (terminateReason is not null)
        {
            builder.JsonBody(new BatchJobTerminateOptions { TerminateReason = terminateReason });
        }
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>GET /jobs/{jobId}/taskcounts: task counts and slot counts by state.</summary>
    public virtual Task<Response<BatchTaskCountsResult>> GetJobTaskCountsAsync(string jobId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobTaskCountsCoreAsync(jobId, options, true, cancellationToken).AsTask();

    public virtual Response<BatchTaskCountsResult> GetJobTaskCounts(string jobId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobTaskCountsCoreAsync(jobId, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<BatchTaskCountsResult>> GetJobTaskCountsCoreAsync(string jobId, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var builder = Build(RequestMethod.Get, "GetJobTaskCounts", options, ConditionalSupport.None, "jobs", jobId, "taskcounts");
        var response = await SendForValueAsync<BatchTaskCountsResult>(builder, async, cancellationToken).ConfigureAwait(false);
        response.Value.JobId = jobId;
        return response;
    }

    /// <summary>GET /jobs/{jobId}/jobpreparationandreleasetaskstatus, lazily page by page.</summary>
    public virtual AsyncPageable<BatchJobPreparationAndReleaseTaskStatus> GetJobPreparationAndReleaseTaskStatusesAsync(string jobId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchJobPreparationAndReleaseTaskStatus>(PreparationAndReleasePager(jobId, options), cancellationToken);

    public virtual Pageable<BatchJobPreparationAndReleaseTaskStatus> GetJobPreparationAndReleaseTaskStatuses(string jobId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchJobPreparationAndReleaseTaskStatus>(PreparationAndReleasePager(jobId, options), cancellationToken);

    private BatchPager<BatchJobPreparationAndReleaseTaskStatus> PreparationAndReleasePager(string jobId, BatchListOptions? options)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        RejectExpand(options, "ListJobPreparationAndReleaseTaskStatus");
        return Pager<BatchJobPreparationAndReleaseTaskStatus>(
            options,
            () => Build(RequestMethod.Get, "ListJobPreparationAndReleaseTaskStatus", null, ConditionalSupport.None, "jobs", jobId, "jobpreparationandreleasetaskstatus").List(options),
            status => status.JobId = jobId);
    }
}
