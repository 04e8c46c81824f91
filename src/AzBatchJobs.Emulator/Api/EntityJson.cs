using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>The wire shape of jobs and tasks: odata.metadata (single entities), url, $select and $expand=stats.</summary>
internal static class EntityJson
{
    public static JsonObject Job(HttpRequest request, JobRecord job, Selection selection, bool single, TaskCounts? counts = null)
    {
        var entity = new JsonObject();
        if (single)
        {
            entity["odata.metadata"] = Urls.Metadata(request, "jobs/@Element");
        }
        string url = Urls.Job(request, job.Id);
        entity["id"] = job.Id;
        entity["url"] = url;
        CopyRest(job.Doc, entity, JobDocuments.Stored);
        if (selection.ExpandStats && counts is not null)
        {
            entity["stats"] = Stats(url, job.Doc, counts.Succeeded, counts.Failed, counts.TaskRetries);
        }
        return selection.Apply(entity);
    }

    public static JsonObject Task(HttpRequest request, TaskRecord task, Selection selection, bool single)
    {
        var entity = new JsonObject();
        if (single)
        {
            entity["odata.metadata"] = Urls.Metadata(request, "tasks/@Element");
        }
        string url = Urls.Task(request, task.JobId, task.Id);
        entity["id"] = task.Id;
        entity["url"] = url;
        CopyRest(task.Doc, entity, TaskDocuments.Create);
        Urls.AddNodeUrls(request, entity["nodeInfo"] as JsonObject);
        if (selection.ExpandStats)
        {
            string? result = (string?)(task.Doc["executionInfo"] as JsonObject)?["result"];
            entity["stats"] = Stats(url, task.Doc, result == "success" ? 1 : 0, result == "failure" ? 1 : 0, 0, perTask: true);
        }
        return selection.Apply(entity);
    }

    /// <summary>The stored document's properties but the id, less secrets and any property that breaks the definition's rules.</summary>
    internal static void CopyRest(JsonObject doc, JsonObject entity, string definition)
    {
        foreach (var (name, value) in doc)
        {
            if (name is not ("id" or "url" or "disableTasks"))
            {
                entity[name] = value?.DeepClone();
            }
        }
        // A property that breaks the spec's rules (in a document stored by hand, or by an older emulator) is
        // left out of the answer, so that one such job or task cannot break a client's listing; the node
        // reports the broken rule on the job or task.
        foreach (Violation broken in SchemaValidator.Check(entity, definition).Where(v => !v.Missing))
        {
            string property = broken.Path.Split('.', '[')[0];
            if (property is not ("" or "id"))
            {
                entity.Remove(property);
            }
        }
        SchemaDefaults.RemoveSecrets(entity, definition);
    }

    // The emulator measures no resource use: times and I/O are zero, task outcomes and retries are real.
    internal static JsonObject Stats(string url, JsonObject doc, long succeeded, long failed, long retries, bool perTask = false)
    {
        var stats = new JsonObject
        {
            ["url"] = url,
            ["startTime"] = (string?)doc["creationTime"],
            ["lastUpdateTime"] = StoredDoc.Time(DateTime.UtcNow),
            ["userCPUTime"] = "PT0S",
            ["kernelCPUTime"] = "PT0S",
            ["wallClockTime"] = "PT0S",
            ["readIOps"] = 0,
            ["writeIOps"] = 0,
            ["readIOGiB"] = 0.0,
            ["writeIOGiB"] = 0.0,
            ["waitTime"] = "PT0S",
        };
        if (!perTask)
        {
            stats["numSucceededTasks"] = succeeded;
            stats["numFailedTasks"] = failed;
            stats["numTaskRetries"] = retries;
        }
        return stats;
    }
}
