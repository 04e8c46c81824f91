using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// The wire shape of a job schedule: odata.metadata (single entity), url, recentJob.url, $select and
/// $expand=stats; as for jobs, secrets and properties that break the spec's rules are left out.
/// </summary>
internal static class JobScheduleJson
{
    /// <param name="taskTotals">Succeeded and failed tasks and task retries over its jobs, for $expand=stats.</param>
    public static JsonObject Shape(HttpRequest request, JobScheduleRecord schedule, Selection selection, bool single, (long Succeeded, long Failed, long Retries)? taskTotals)
    {
        var entity = new JsonObject();
        if (single)
        {
            entity["odata.metadata"] = Urls.Metadata(request, "jobschedules/@Element");
        }
        string url = Urls.JobSchedule(request, schedule.Id);
        entity["id"] = schedule.Id;
        entity["url"] = url;
        EntityJson.CopyRest(schedule.Doc, entity, JobScheduleDocuments.Create);
        if ((entity["executionInfo"] as JsonObject)?["recentJob"] is JsonObject recentJob && StoredDoc.Text(recentJob["id"]) is { } jobId)
        {
            recentJob["url"] = Urls.Job(request, jobId);
        }
        if (taskTotals is var (succeeded, failed, retries))
        {
            entity["stats"] = EntityJson.Stats(url, schedule.Doc, succeeded, failed, retries);
        }
        return selection.Apply(entity);
    }
}
