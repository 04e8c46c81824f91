using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>The wire shape of a job schedule: odata.metadata (single entity), url, recentJob.url, $select and $expand=stats.</summary>
internal static class JobScheduleJson
{
    /// <param name="taskTotals">Succeeded and failed tasks over its jobs, for $expand=stats.</param>
    public static JsonObject Shape(HttpRequest request, JobScheduleRecord schedule, Selection selection, bool single, (long Succeeded, long Failed)? taskTotals)
    {
        var entity = new JsonObject();
        if (single)
        {
            entity["odata.metadata"] = Urls.Metadata(request, "jobschedules/@Element");
        }
        string url = Urls.JobSchedule(request, schedule.Id);
        entity["id"] = schedule.Id;
        entity["url"] = url;
        foreach (var (name, value) in schedule.Doc)
        {
            if (name != "id")
            {
                entity[name] = value?.DeepClone();
            }
        }
        if (entity["executionInfo"]?["recentJob"] is JsonObject recentJob)
        {
            recentJob["url"] = Urls.Job(request, (string)recentJob["id"]!);
        }
        if (taskTotals is var (succeeded, failed))
        {
            entity["stats"] = EntityJson.Stats(url, schedule.Doc, succeeded, failed);
        }
        return selection.Apply(entity);
    }
}
