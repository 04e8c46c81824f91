using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>POST /jobs/{jobId}/tasks (201).</summary>
    public virtual Task<BatchOperationResult> CreateTaskAsync(string jobId, BatchTaskCreateOptions task, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateTaskCoreAsync(jobId, task, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult CreateTask(string jobId, BatchTaskCreateOptions task, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateTaskCoreAsync(jobId, task, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> CreateTaskCoreAsync(string jobId, BatchTaskCreateOptions task, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateTaskCreate(task);
        var builder = Build(RequestMethod.Post, "CreateTask", options, ConditionalSupport.None, "jobs", jobId, "tasks").JsonBody(task);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>
    /// POST /jobs/{jobId}/addtaskcollection: one request of 1..100 tasks. The service answers 200 with a
    /// per-task result (success or error) in any order; the raw response keeps status and headers.
    /// </summary>
    public virtual Task<Response<BatchTaskAddCollectionResult>> CreateTaskCollectionAsync(string jobId, IEnumerable<BatchTaskCreateOptions> tasks, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateTaskCollectionCoreAsync(jobId, tasks, options, true, cancellationToken).AsTask();

    public virtual Response<BatchTaskAddCollectionResult> CreateTaskCollection(string jobId, IEnumerable<BatchTaskCreateOptions> tasks, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateTaskCollectionCoreAsync(jobId, tasks, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<BatchTaskAddCollectionResult>> CreateTaskCollectionCoreAsync(string jobId, IEnumerable<BatchTaskCreateOptions> tasks, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var list = BatchInputValidator.ValidateTaskCollection(tasks);
        var group = new BatchTaskGroup { Value = new List<BatchTaskCreateOptions>(list) };
        var builder = Build(RequestMethod.Post, "CreateTaskCollection", options, ConditionalSupport.None, "jobs", jobId, "addtaskcollection").JsonBody(group);
        var response = await SendForValueAsync<BatchTaskAddCollectionResult>(builder, async, cancellationToken).ConfigureAwait(false);
        foreach (var result in response.Value.Value)
        {
            result.JobId = jobId;
        }
        return response;
    }

    /// <summary>GET /jobs/{jobId}/tasks/{taskId}.</summary>
    public virtual Task<Response<BatchTask>> GetTaskAsync(string jobId, string taskId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskCoreAsync(jobId, taskId, select, expand, options, true, cancellationToken).AsTask();

    public virtual Response<BatchTask> GetTask(string jobId, string taskId, string[]? select = null, string[]? expand = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetTaskCoreAsync(jobId, taskId, select, expand, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<BatchTask>> GetTaskCoreAsync(string jobId, string taskId, string[]? select, string[]? expand, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        var builder = Build(RequestMethod.Get, "GetTask", options, ConditionalSupport.All, "jobs", jobId, "tasks", taskId)
            .Query(BatchQuery.Select, select)
            .Query(BatchQuery.Expand, expand);
        var response = await SendForValueAsync<BatchTask>(builder, async, cancellationToken).ConfigureAwait(false);
        response.Value.JobId = jobId;
        return response;
    }

    /// <summary>GET /jobs/{jobId}/tasks, lazily page by page.</summary>
    public virtual AsyncPageable<BatchTask> GetTasksAsync(string jobId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchAsyncPageable<BatchTask>(TasksPager(jobId, options), cancellationToken);

    public virtual Pageable<BatchTask> GetTasks(string jobId, BatchListOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchPageable<BatchTask>(TasksPager(jobId, options), cancellationToken);

    private BatchPager<BatchTask> TasksPager(string jobId, BatchListOptions? options)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        return Pager<BatchTask>(options, () => Build(RequestMethod.Get, "ListTasks", null, ConditionalSupport.None, "jobs", jobId, "tasks").List(options), task => task.JobId = jobId);
    }

    /// <summary>PUT /jobs/{jobId}/tasks/{taskId}: replaces the task's constraints.</summary>
    public virtual Task<BatchOperationResult> ReplaceTaskAsync(string jobId, string taskId, BatchTaskConstraints constraints, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceTaskCoreAsync(jobId, taskId, constraints, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult ReplaceTask(string jobId, string taskId, BatchTaskConstraints constraints, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplaceTaskCoreAsync(jobId, taskId, constraints, options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> ReplaceTaskCoreAsync(string jobId, string taskId, BatchTaskConstraints constraints, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        if (constraints is null)
        {
            throw new System.ArgumentNullException(nameof(constraints), "constraints is required: the task's new constraints.");
        }
        var builder = Build(RequestMethod.Put, "ReplaceTask", options, ConditionalSupport.All, "jobs", jobId, "tasks", taskId)
            .JsonBody(new BatchTask { Constraints = constraints });
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>DELETE /jobs/{jobId}/tasks/{taskId}.</summary>
    public virtual Task<BatchOperationResult> DeleteTaskAsync(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Delete, "DeleteTask", jobId, taskId, null, options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult DeleteTask(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Delete, "DeleteTask", jobId, taskId, null, options, false, cancellationToken).EnsureCompleted();

    /// <summary>POST /jobs/{jobId}/tasks/{taskId}/terminate (204), no body.</summary>
    public virtual Task<BatchOperationResult> TerminateTaskAsync(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Post, "TerminateTask", jobId, taskId, "terminate", options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult TerminateTask(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Post, "TerminateTask", jobId, taskId, "terminate", options, false, cancellationToken).EnsureCompleted();

    /// <summary>POST /jobs/{jobId}/tasks/{taskId}/reactivate (204), no body.</summary>
    public virtual Task<BatchOperationResult> ReactivateTaskAsync(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Post, "ReactivateTask", jobId, taskId, "reactivate", options, true, cancellationToken).AsTask();

    public virtual BatchOperationResult ReactivateTask(string jobId, string taskId, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        TaskActionAsync(RequestMethod.Post, "ReactivateTask", jobId, taskId, "reactivate", options, false, cancellationToken).EnsureCompleted();

    private ValueTask<BatchOperationResult> TaskActionAsync(RequestMethod method, string operation, string jobId, string taskId, string? action, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        var builder = action is null
            ? Build(method, operation, options, ConditionalSupport.All, "jobs", jobId, "tasks", taskId)
            : Build(method, operation, options, ConditionalSupport.All, "jobs", jobId, "tasks", taskId, action);
        return SendForResultAsync(builder, async, cancellationToken);
    }

    /// <summary>GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo: the subtasks of a multi-instance task.</summary>
    public virtual Task<Response<IReadOnlyList<BatchSubtask>>> GetSubtasksAsync(string jobId, string taskId, string[]? select = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetSubtasksCoreAsync(jobId, taskId, select, options, true, cancellationToken).AsTask();

    public virtual Response<IReadOnlyList<BatchSubtask>> GetSubtasks(string jobId, string taskId, string[]? select = null, BatchRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetSubtasksCoreAsync(jobId, taskId, select, options, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<IReadOnlyList<BatchSubtask>>> GetSubtasksCoreAsync(string jobId, string taskId, string[]? select, BatchRequestOptions? options, bool async, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        BatchInputValidator.ValidateId(taskId, nameof(taskId));
        var builder = Build(RequestMethod.Get, "ListSubtasks", options, ConditionalSupport.None, "jobs", jobId, "tasks", taskId, "subtasksinfo")
            .Query(BatchQuery.Select, select);
        var response = await SendForValueAsync<BatchTaskListSubtasksResult>(builder, async, cancellationToken).ConfigureAwait(false);
        var subtasks = new List<BatchSubtask>(response.Value.Value);
        foreach (var subtask in subtasks)
        {
            subtask.JobId = jobId;
            subtask.TaskId = taskId;
        }
        return Response.FromValue<IReadOnlyList<BatchSubtask>>(subtasks, response.GetRawResponse());
    }
}
