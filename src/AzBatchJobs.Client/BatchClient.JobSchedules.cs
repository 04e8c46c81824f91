using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>POST /jobschedules (201). The jobs it creates are listed by GetJobsFromSchedule.</summary>
    public virtual Task<BatchOperationResult> CreateJobScheduleAsync(BatchJobScheduleCreateOptions jobSchedule, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateJobScheduleCoreAsync(jobSchedule, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult CreateJobSchedule(BatchJobScheduleCreateOptions jobSchedule, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateJobScheduleCoreAsync(jobSchedule, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> CreateJobScheduleCoreAsync(BatchJobScheduleCreateOptions jobSchedule, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobScheduleCreate(jobSchedule);
        var builder = Build(RequestMethod.Post, "CreateJobSchedule", options, ConditionalSupport.None, "jobschedules").JsonBody(jobSchedule);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>GET /jobschedules/{jobScheduleId}.</summary>
    public virtual Task<Response<BatchJobSchedule>> GetJobScheduleAsync(string jobScheduleId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobScheduleCoreAsync(jobScheduleId, select, expand, options, true, cancellationToken).AsTask();

    public virtual Response<BatchJobSchedule> GetJobSchedule(string jobScheduleId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetJobScheduleCoreAsync(jobScheduleId, select, expand, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<Response<BatchJobSchedule>> GetJobScheduleCoreAsync(string jobScheduleId, string[]? select, string[]? expand, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        var builder = Build(RequestMethod.Get, "GetJobSchedule", options, ConditionalSupport.All, "jobschedules", jobScheduleId)
            .Query(BatchQuery.Select, select)
            .Query(BatchQuery.Expand, expand);
        return SendForValueAsync<BatchJobSchedule>(builder, async, cancellationToken);
    }

    /// <summary>HEAD /jobschedules/{jobScheduleId}: true (200) or false (404); any other answer throws.</summary>
    public virtual Task<Response<bool>> JobScheduleExistsAsync(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        JobScheduleExistsCoreAsync(jobScheduleId, options, true, cancellationToken).AsTask();

    public virtual Response<bool> JobScheduleExists(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        JobScheduleExistsCoreAsync(jobScheduleId, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<bool>> JobScheduleExistsCoreAsync(string jobScheduleId, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        var builder = Build(RequestMethod.Head, "JobScheduleExists", options, ConditionalSupport.All, "jobschedules", jobScheduleId);
        using var message = builder.Message;
        try
        {
            return Response.FromValue(true, await SendAsync(builder, async, cancellationToken).ConfigureAwait(false));
        }
        catch (BatchServiceException error) when (error.Status == 404)
        {
            return Response.FromValue(false, message.Response);
        }
    }

    /// <summary>GET /jobschedules, lazily page by page.</summary>
    public virtual AsyncPageable<BatchJobSchedule> GetJobSchedulesAsync(BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchJobSchedule>(JobSchedulesPager(options), cancellationToken);

    public virtual Pageable<BatchJobSchedule> GetJobSchedules(BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchJobSchedule>(JobSchedulesPager(options), cancellationToken);

    private BatchPager<BatchJobSchedule> JobSchedulesPager(BatchListOptions? options) =>
        Pager<BatchJobSchedule>(options, () => Build(RequestMethod.Get, "ListJobSchedules", null, ConditionalSupport.None, "jobschedules").List(options), null);

    /// <summary>PATCH /jobschedules/{jobScheduleId}: changes only the properties that are set (each one whole).</summary>
    public virtual Task<BatchOperationResult> UpdateJobScheduleAsync(string jobScheduleId, BatchJobScheduleUpdateOptions update, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateJobScheduleCoreAsync(jobScheduleId, update, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult UpdateJobSchedule(string jobScheduleId, BatchJobScheduleUpdateOptions update, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateJobScheduleCoreAsync(jobScheduleId, update, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> UpdateJobScheduleCoreAsync(string jobScheduleId, BatchJobScheduleUpdateOptions update, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        BatchInputValidator.ValidateJobScheduleUpdate(update);
        var builder = Build(RequestMethod.Patch, "UpdateJobSchedule", options, ConditionalSupport.All, "jobschedules", jobScheduleId).JsonBody(update);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>
    /// PUT /jobschedules/{jobScheduleId}: replaces schedule, jobSpecification and metadata (a schedule not sent is
    /// removed). Only those properties of <paramref name="jobSchedule"/> are sent, so a schedule read with
    /// GetJobSchedule can be changed and passed back.
    /// </summary>
    public virtual Task<BatchOperationResult> ReplaceJobScheduleAsync(string jobScheduleId, BatchJobSchedule jobSchedule, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceJobScheduleCoreAsync(jobScheduleId, jobSchedule, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult ReplaceJobSchedule(string jobScheduleId, BatchJobSchedule jobSchedule, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceJobScheduleCoreAsync(jobScheduleId, jobSchedule, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> ReplaceJobScheduleCoreAsync(string jobScheduleId, BatchJobSchedule jobSchedule, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        BatchInputValidator.ValidateJobScheduleReplace(jobSchedule);
        var builder = Build(RequestMethod.Put, "ReplaceJobSchedule", options, ConditionalSupport.All, "jobschedules", jobScheduleId)
            .JsonBody(BatchJobScheduleReplaceContent.From(jobSchedule));
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>DELETE /jobschedules/{jobScheduleId} (202): deletes it with all its jobs and their tasks.</summary>
    public virtual Task<BatchOperationResult> DeleteJobScheduleAsync(string jobScheduleId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Delete, "DeleteJobSchedule", jobScheduleId, null, force, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DeleteJobSchedule(string jobScheduleId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Delete, "DeleteJobSchedule", jobScheduleId, null, force, options, false, cancellationToken).EnsureCompleted();

    /// <summary>POST /jobschedules/{jobScheduleId}/disable (204): no job is created until it is enabled.</summary>
    public virtual Task<BatchOperationResult> DisableJobScheduleAsync(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "DisableJobSchedule", jobScheduleId, "disable", null, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DisableJobSchedule(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "DisableJobSchedule", jobScheduleId, "disable", null, options, false, cancellationToken).EnsureCompleted();

    /// <summary>POST /jobschedules/{jobScheduleId}/enable (204).</summary>
    public virtual Task<BatchOperationResult> EnableJobScheduleAsync(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "EnableJobSchedule", jobScheduleId, "enable", null, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult EnableJobSchedule(string jobScheduleId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "EnableJobSchedule", jobScheduleId, "enable", null, options, false, cancellationToken).EnsureCompleted();

    /// <summary>POST /jobschedules/{jobScheduleId}/terminate (202): terminates its active job; the schedule completes after it.</summary>
    public virtual Task<BatchOperationResult> TerminateJobScheduleAsync(string jobScheduleId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "TerminateJobSchedule", jobScheduleId, "terminate", force, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult TerminateJobSchedule(string jobScheduleId, bool? force = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeJobScheduleCoreAsync(RequestMethod.Post, "TerminateJobSchedule", jobScheduleId, "terminate", force, options, false, cancellationToken).EnsureCompleted();

    // The bodiless operations on one schedule: DELETE it, or POST to its disable, enable or terminate action.
    private ValueTask<BatchOperationResult> ChangeJobScheduleCoreAsync(RequestMethod method, string operation, string jobScheduleId, string? action, bool? force,
        BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobScheduleId, nameof(jobScheduleId));
        var builder = action is null
            ? Build(method, operation, options, ConditionalSupport.All, "jobschedules", jobScheduleId)
            : Build(method, operation, options, ConditionalSupport.All, "jobschedules", jobScheduleId, action);
        return SendForResultAsync(builder.Query(BatchQuery.Force, force), async, cancellationToken);
    }
}
