using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Schedules;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// The Job Schedule operations of the Batch REST API. Every change is handed to the runner at once,
/// so a job that is due exists, and a terminated or deleted schedule's jobs are ended, by the time
/// the answer is sent. (Listing a schedule's jobs is a Job operation: JobOperations.)
/// </summary>
internal sealed class JobScheduleOperations
{
    private readonly BatchStore _store;
    private readonly JobScheduleRunner _runner;

    public JobScheduleOperations(BatchStore store, JobScheduleRunner runner)
    {
        _store = store;
        _runner = runner;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/jobschedules", CreateAsync);
        routes.MapGet("/jobschedules", ListAsync);
        routes.MapGet("/jobschedules/{jobScheduleId}", GetAsync);
        routes.MapMethods("/jobschedules/{jobScheduleId}", ["HEAD"], Exists);
        routes.MapMethods("/jobschedules/{jobScheduleId}", ["PATCH"], UpdateAsync);
        routes.MapPut("/jobschedules/{jobScheduleId}", ReplaceAsync);
        routes.MapDelete("/jobschedules/{jobScheduleId}", Delete);
        routes.MapPost("/jobschedules/{jobScheduleId}/disable", Disable);
        routes.MapPost("/jobschedules/{jobScheduleId}/enable", Enable);
        routes.MapPost("/jobschedules/{jobScheduleId}/terminate", Terminate);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var doc = JobScheduleDocuments.FromCreate(await RequestBody.ReadObjectAsync(context.Request), _runner.Now);
        var schedule = _store.CreateJobSchedule(doc);
        _runner.Refresh(schedule.Id);
        ResponseHeaders.Created(context.Response, schedule.Version, Urls.JobSchedule(context.Request, schedule.Id));
    }

    private Task ListAsync(HttpContext context)
    {
        var query = ListQuery.From(context.Request, FilterSchema.JobSchedules);
        return ListWriter.WriteAsync(context, query, "jobschedules",
            _store.ListJobSchedules, schedule => schedule.Key, schedule => schedule.Doc,
            schedule => Shape(context, schedule, query.Selection, single: false));
    }

    private Task GetAsync(HttpContext context, string jobScheduleId)
    {
        var selection = Selection.From(context.Request);
        var schedule = _store.GetJobSchedule(jobScheduleId);
        Conditions.For(context.Request)(schedule.Version);
        Headers(context, schedule);
        return JsonResponses.WriteAsync(context, Shape(context, schedule, selection, single: true));
    }

    // HEAD: 200 with the headers of a get, or 404 (a HEAD answer carries no body).
    private void Exists(HttpContext context, string jobScheduleId)
    {
        var schedule = _store.GetJobSchedule(jobScheduleId);
        Conditions.For(context.Request)(schedule.Version);
        Headers(context, schedule);
    }

    private async Task UpdateAsync(HttpContext context, string jobScheduleId)
    {
        var change = JobScheduleDocuments.Update(await RequestBody.ReadObjectAsync(context.Request));
        Changed(context, _store.UpdateJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now, change), StatusCodes.Status200OK);
    }

    private async Task ReplaceAsync(HttpContext context, string jobScheduleId)
    {
        var change = JobScheduleDocuments.Replace(await RequestBody.ReadObjectAsync(context.Request));
        Changed(context, _store.UpdateJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now, change), StatusCodes.Status200OK);
    }

    private void Delete(HttpContext context, string jobScheduleId)
    {
        var schedule = _store.DeleteJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now);
        _runner.Refresh(schedule.Id);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private void Disable(HttpContext context, string jobScheduleId) =>
        Changed(context, _store.DisableJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now), StatusCodes.Status204NoContent);

    private void Enable(HttpContext context, string jobScheduleId) =>
        Changed(context, _store.EnableJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now), StatusCodes.Status204NoContent);

    private void Terminate(HttpContext context, string jobScheduleId) =>
        Changed(context, _store.TerminateJobSchedule(jobScheduleId, Conditions.For(context.Request), _runner.Now), StatusCodes.Status202Accepted);

    // The answer carries the schedule as the runner left it (a terminated schedule with no active job is completed).
    private void Changed(HttpContext context, JobScheduleRecord schedule, int status)
    {
        _runner.Refresh(schedule.Id);
        Headers(context, _store.GetJobSchedule(schedule.Id));
        context.Response.StatusCode = status;
    }

    private static void Headers(HttpContext context, JobScheduleRecord schedule) =>
        ResponseHeaders.Entity(context.Response, schedule.Version, Urls.JobSchedule(context.Request, schedule.Id));

    private System.Text.Json.Nodes.JsonObject Shape(HttpContext context, JobScheduleRecord schedule, Selection selection, bool single) =>
        JobScheduleJson.Shape(context.Request, schedule, selection, single,
            selection.ExpandStats ? _store.JobScheduleTaskTotals(schedule.Key) : null);
}
