using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>The Job operations of the Batch REST API.</summary>
internal sealed class JobOperations
{
    private readonly BatchStore _store;

    public JobOperations(BatchStore store) => _store = store;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/jobs", CreateAsync);
        routes.MapGet("/jobs", ListAsync);
        routes.MapGet("/jobs/{jobId}", GetAsync);
        routes.MapMethods("/jobs/{jobId}", ["PATCH"], UpdateAsync);
        routes.MapPut("/jobs/{jobId}", ReplaceAsync);
        routes.MapDelete("/jobs/{jobId}", DeleteAsync);
        routes.MapPost("/jobs/{jobId}/disable", DisableAsync);
        routes.MapPost("/jobs/{jobId}/enable", EnableAsync);
        routes.MapPost("/jobs/{jobId}/terminate", TerminateAsync);
        routes.MapGet("/jobs/{jobId}/taskcounts", TaskCountsAsync);
        routes.MapGet("/jobs/{jobId}/jobpreparationandreleasetaskstatus", PreparationAndReleaseStatusAsync);
        routes.MapGet("/jobschedules/{jobScheduleId}/jobs", ListFromScheduleAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context.Request);
        var doc = JobDocuments.FromCreate(body);
        var job = _store.CreateJob(doc);
        ResponseHeaders.Created(context.Response, job.Version, Urls.Job(context.Request, job.Id));
    }

    private Task ListAsync(HttpContext context) => WriteJobsAsync(context, _store.ListJobs);

    // The jobs a job schedule has created (404 JobScheduleNotFound for an unknown schedule).
    private Task ListFromScheduleAsync(HttpContext context, string jobScheduleId)
    {
        string scheduleKey = _store.GetJobSchedule(jobScheduleId).Key;
        return WriteJobsAsync(context, (after, limit) => _store.ListJobsOfSchedule(scheduleKey, after, limit));
    }

    private Task WriteJobsAsync(HttpContext context, Func<string, int, IReadOnlyList<JobRecord>> read)
    {
        var query = ListQuery.From(context.Request, FilterSchema.Jobs);
        return ListWriter.WriteAsync(context, query, "jobs",
            read, job => job.Key, job => job.Doc,
            job => EntityJson.Job(context.Request, job, query.Selection, single: false,
                query.Selection.ExpandStats ? _store.GetTaskCounts(job.Id) : null));
    }

    private Task GetAsync(HttpContext context, string jobId)
    {
        var selection = Selection.From(context.Request);
        var job = _store.GetJob(jobId);
        Conditions.For(context.Request)(job.Version);
        var counts = selection.ExpandStats ? _store.GetTaskCounts(job.Id) : null;
        ResponseHeaders.Entity(context.Response, job.Version, Urls.Job(context.Request, job.Id));
        return JsonResponses.WriteAsync(context, EntityJson.Job(context.Request, job, selection, single: true, counts));
    }

    private async Task UpdateAsync(HttpContext context, string jobId)
    {
        var change = JobDocuments.Update(await RequestBody.ReadObjectAsync(context.Request));
        var job = _store.UpdateJob(jobId, Conditions.For(context.Request), change);
        ResponseHeaders.Entity(context.Response, job.Version, Urls.Job(context.Request, job.Id));
    }

    private async Task ReplaceAsync(HttpContext context, string jobId)
    {
        var change = JobDocuments.Replace(await RequestBody.ReadObjectAsync(context.Request));
        var job = _store.UpdateJob(jobId, Conditions.For(context.Request), change);
        ResponseHeaders.Entity(context.Response, job.Version, Urls.Job(context.Request, job.Id));
    }

    private Task DeleteAsync(HttpContext context, string jobId)
    {
        _store.DeleteJob(jobId, Conditions.For(context.Request));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        return Task.CompletedTask;
    }

    private async Task DisableAsync(HttpContext context, string jobId)
    {
        var body = await RequestBody.ReadObjectAsync(context.Request);
        SchemaValidator.Require(body, "BatchJobDisableOptions");
        var job = _store.DisableJob(jobId, (string)body["disableTasks"]!, Conditions.For(context.Request));
        Accepted(context, job);
    }

    private Task EnableAsync(HttpContext context, string jobId)
    {
        var job = _store.EnableJob(jobId, Conditions.For(context.Request));
        Accepted(context, job);
        return Task.CompletedTask;
    }

    private async Task TerminateAsync(HttpContext context, string jobId)
    {
        string? reason = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            SchemaValidator.Require(body, "BatchJobTerminateOptions");
            reason = (string?)body["terminateReason"];
        }
        var job = _store.TerminateJob(jobId, reason, Conditions.For(context.Request));
        Accepted(context, job);
    }

    private static void Accepted(HttpContext context, JobRecord job)
    {
        ResponseHeaders.Entity(context.Response, job.Version, Urls.Job(context.Request, job.Id));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private Task TaskCountsAsync(HttpContext context, string jobId)
    {
        var counts = _store.GetTaskCounts(jobId);
        var body = new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, "taskcountsresult/@Element"),
            ["taskCounts"] = new JsonObject
            {
                ["active"] = counts.Active,
                ["running"] = counts.Running,
                ["completed"] = counts.Completed,
                ["succeeded"] = counts.Succeeded,
                ["failed"] = counts.Failed,
            },
            ["taskSlotCounts"] = new JsonObject
            {
                ["active"] = counts.ActiveSlots,
                ["running"] = counts.RunningSlots,
                ["completed"] = counts.CompletedSlots,
                ["succeeded"] = counts.SucceededSlots,
                ["failed"] = counts.FailedSlots,
            },
        };
        return JsonResponses.WriteAsync(context, body);
    }

    // One entry per compute node that ran the job's preparation task: the local node's, if it did.
    private Task PreparationAndReleaseStatusAsync(HttpContext context, string jobId)
    {
        var query = ListQuery.From(context.Request, FilterSchema.PreparationAndRelease);
        var job = _store.GetJob(jobId);
        if (job.Doc["jobPreparationTask"] is null)
        {
            throw BatchErrorException.Conflict("JobPreparationTaskNotSpecified",
                "The specified job does not have a job preparation task.");
        }
        var value = new JsonArray();
        if (_store.GetPreparationAndReleaseStatus(job.Id) is { } status && query.Filter(status))
        {
            foreach (string info in new[] { "jobPreparationTaskExecutionInfo", "jobReleaseTaskExecutionInfo" })
            {
                Urls.AddNodeUrls(context.Request, status, status[info] as JsonObject);
            }
            value.Add(query.Selection.Apply(status));
        }
        return JsonResponses.WriteAsync(context, new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, "jobpreparationandreleasetaskstatuslist"),
            ["value"] = value,
        });
    }
}
