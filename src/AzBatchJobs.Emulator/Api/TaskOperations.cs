using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>The Task operations of the Batch REST API (task files are in <see cref="TaskFileOperations"/>).</summary>
internal sealed class TaskOperations
{
    public const int MaxTasksPerCollection = 100;

    private readonly BatchStore _store;
    private readonly FaultPlan _faults;

    public TaskOperations(BatchStore store, FaultPlan faults)
    {
        _store = store;
        _faults = faults;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/jobs/{jobId}/tasks", CreateAsync);
        routes.MapPost("/jobs/{jobId}/addtaskcollection", CreateCollectionAsync);
        routes.MapGet("/jobs/{jobId}/tasks", ListAsync);
        routes.MapGet("/jobs/{jobId}/tasks/{taskId}", GetAsync);
        routes.MapPut("/jobs/{jobId}/tasks/{taskId}", UpdateAsync);
        routes.MapDelete("/jobs/{jobId}/tasks/{taskId}", DeleteAsync);
        routes.MapGet("/jobs/{jobId}/tasks/{taskId}/subtasksinfo", SubtasksAsync);
        routes.MapPost("/jobs/{jobId}/tasks/{taskId}/terminate", TerminateAsync);
        routes.MapPost("/jobs/{jobId}/tasks/{taskId}/reactivate", ReactivateAsync);
    }

    private async Task CreateAsync(HttpContext context, string jobId)
    {
        var body = await RequestBody.ReadObjectAsync(context.Request);
        var job = _store.GetJob(jobId);
        var doc = TaskDocuments.FromCreate(body, job);
        if (_store.AddTasks(job.Id, [doc])[0] == TaskAddOutcome.Exists)
        {
            throw BatchErrorException.Conflict("TaskExists", "The specified task already exists.");
        }
        var version = StoredDoc.Version(doc);
        ResponseHeaders.Created(context.Response, version, Urls.Task(context.Request, job.Id, (string)doc["id"]!));
    }

    private async Task CreateCollectionAsync(HttpContext context, string jobId)
    {
        var body = await RequestBody.ReadObjectAsync(context.Request);
        if (body["value"] is not JsonArray tasks)
        {
            throw body["value"] is null
                ? BatchErrorException.MissingProperty("value")
                : BatchErrorException.InvalidProperty("value", body["value"]!.ToJsonString(), "value must be a JSON array of tasks.");
        }
        if (tasks.Count is 0 or > MaxTasksPerCollection)
        {
            throw BatchErrorException.InvalidProperty("value", $"{tasks.Count} tasks",
                $"An add-collection request must contain from 1 to {MaxTasksPerCollection} tasks.");
        }
        var job = _store.GetJob(jobId);
        var results = new JsonObject?[tasks.Count];
        var accepted = new List<(int Index, JsonObject Doc)>();
        for (int i = 0; i < tasks.Count; i++)
        {
            string? taskId = (tasks[i] as JsonObject)?["id"] is JsonValue idValue && idValue.TryGetValue(out string? text) ? text : null;
            try
            {
                var taskBody = tasks[i] as JsonObject
                    ?? throw BatchErrorException.InvalidProperty($"value[{i}]", tasks[i]?.ToJsonString() ?? "null", "Each task must be a JSON object.");
                var doc = TaskDocuments.FromCreate(taskBody, job);
                if (_faults.NextTaskFails())
                {
                    results[i] = ErrorResult(context, "servererror", taskId,
                        new BatchErrorException(500, "ServerBusy", "The server could not add this task; retry it."));
                    continue;
                }
                accepted.Add((i, doc));
            }
            catch (BatchErrorException error)
            {
                results[i] = ErrorResult(context, "clienterror", taskId, error);
            }
        }
        if (accepted.Count > 0)
        {
            var outcomes = _store.AddTasks(job.Id, accepted.Select(a => a.Doc).ToList());
            for (int n = 0; n < accepted.Count; n++)
            {
                var (index, doc) = accepted[n];
                string id = (string)doc["id"]!;
                results[index] = outcomes[n] == TaskAddOutcome.Added
                    ? SuccessResult(context, job.Id, doc)
                    : ErrorResult(context, "clienterror", id, BatchErrorException.Conflict("TaskExists", "The specified task already exists."));
            }
        }
        await JsonResponses.WriteAsync(context, new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, "taskaddresult"),
            ["value"] = new JsonArray(results.ToArray<JsonNode?>()),
        });
    }

    private static JsonObject SuccessResult(HttpContext context, string jobId, JsonObject doc)
    {
        string id = (string)doc["id"]!;
        return new JsonObject
        {
            ["status"] = "success",
            ["taskId"] = id,
            ["eTag"] = (string?)doc["eTag"],
            ["lastModified"] = (string?)doc["lastModified"],
            ["location"] = Urls.Task(context.Request, jobId, id),
        };
    }

    private static JsonObject ErrorResult(HttpContext context, string status, string? taskId, BatchErrorException error)
    {
        var detail = ErrorWriter.Build(context, error.Code, error.Message, error.Values);
        detail.Remove("odata.metadata");
        return new JsonObject { ["status"] = status, ["taskId"] = taskId, ["error"] = detail };
    }

    private Task ListAsync(HttpContext context, string jobId)
    {
        var query = ListQuery.From(context.Request, FilterSchema.Tasks);
        _store.GetJob(jobId);
        var ids = IdLookupFilter.Ids(context.Request.Query["$filter"].ToString());
        Func<string, int, IReadOnlyList<TaskRecord>> read = ids is null
            ? (after, limit) => _store.ListTasks(jobId, after, limit)
            : (after, limit) => TasksById(jobId, ids, after, limit);
        return ListWriter.WriteAsync(context, query, "tasks", read, task => task.Key, task => task.Doc,
            task => EntityJson.Task(context.Request, task, query.Selection, single: false));
    }

    /// <summary>Up to <paramref name="limit"/> of the tasks with these ids that exist, in key order after <paramref name="afterKey"/>.</summary>
    private IReadOnlyList<TaskRecord> TasksById(string jobId, IReadOnlyList<string> ids, string afterKey, int limit)
    {
        var tasks = new List<TaskRecord>();
        foreach (var id in ids.Where(id => string.CompareOrdinal(BatchStore.KeyOf(id), afterKey) > 0)
            .DistinctBy(BatchStore.KeyOf).OrderBy(BatchStore.KeyOf, StringComparer.Ordinal).TakeWhile(_ => tasks.Count < limit))
        {
            try
            {
                tasks.Add(_store.GetTask(jobId, id));
            }
            catch (BatchErrorException missing) when (missing.Code == "TaskNotFound")
            {
            }
        }
        return tasks;
    }

    private Task GetAsync(HttpContext context, string jobId, string taskId)
    {
        var selection = Selection.From(context.Request);
        var task = _store.GetTask(jobId, taskId);
        Conditions.For(context.Request)(task.Version);
        ResponseHeaders.Entity(context.Response, task.Version, Urls.Task(context.Request, task.JobId, task.Id));
        return JsonResponses.WriteAsync(context, EntityJson.Task(context.Request, task, selection, single: true));
    }

    private async Task UpdateAsync(HttpContext context, string jobId, string taskId)
    {
        var change = TaskDocuments.Update(await RequestBody.ReadObjectAsync(context.Request));
        var task = _store.UpdateTask(jobId, taskId, Conditions.For(context.Request), change);
        ResponseHeaders.Entity(context.Response, task.Version, Urls.Task(context.Request, task.JobId, task.Id));
    }

    private Task DeleteAsync(HttpContext context, string jobId, string taskId)
    {
        _store.DeleteTask(jobId, taskId, Conditions.For(context.Request));
        return Task.CompletedTask;
    }

    // Only multi-instance tasks have subtasks: those the local node ran (empty for any other task).
    private Task SubtasksAsync(HttpContext context, string jobId, string taskId)
    {
        var selection = Selection.From(context.Request);
        var task = _store.GetTask(jobId, taskId);
        var subtasks = _store.GetSubtasks(task.JobId, task.Id);
        foreach (JsonObject subtask in subtasks.OfType<JsonObject>())
        {
            Urls.AddNodeUrls(context.Request, subtask["nodeInfo"] as JsonObject);
            selection.Apply(subtask);
        }
        return JsonResponses.WriteAsync(context, new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, "subtaskinformation"),
            ["value"] = subtasks,
        });
    }

    private Task TerminateAsync(HttpContext context, string jobId, string taskId)
    {
        var task = _store.TerminateTask(jobId, taskId, Conditions.For(context.Request));
        NoContent(context, task);
        return Task.CompletedTask;
    }

    private Task ReactivateAsync(HttpContext context, string jobId, string taskId)
    {
        var task = _store.ReactivateTask(jobId, taskId, Conditions.For(context.Request));
        NoContent(context, task);
        return Task.CompletedTask;
    }

    private static void NoContent(HttpContext context, TaskRecord task)
    {
        ResponseHeaders.Entity(context.Response, task.Version, Urls.Task(context.Request, task.JobId, task.Id));
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
