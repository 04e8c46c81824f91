using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Turns job create, update and replace bodies into the stored job document, with the service's defaults.</summary>
internal static class JobDocuments
{
    public const string Create = "BatchJobCreateOptions";
    private const string Patch = "BatchJobUpdateOptions";
    private const string Put = "BatchJob";

    public static JsonObject FromCreate(JsonObject body)
    {
        SchemaValidator.Require(body, Create);
        var now = DateTime.UtcNow;
        var doc = SchemaDefaults.CopyKnown(body, Create);
        SchemaDefaults.Apply(doc, Create);
        doc["creationTime"] = StoredDoc.Time(now);
        doc["state"] = "active";
        doc["stateTransitionTime"] = StoredDoc.Time(now);
        doc["executionInfo"] = new JsonObject { ["startTime"] = StoredDoc.Time(now) };
        if ((string?)doc["poolInfo"]!["poolId"] is { } poolId)
        {
            doc["executionInfo"]!["poolId"] = poolId;
        }
        StoredDoc.Touch(doc, now);
        return doc;
    }

    /// <summary>PATCH: only the given properties change.</summary>
    public static Action<JsonObject> Update(JsonObject body)
    {
        SchemaValidator.Require(body, Patch);
        return doc =>
        {
            // "You may change the Pool for a Job only when the Job is disabled."
            if (body["poolInfo"] is not null)
            {
                RequireDisabled(doc);
            }
            KeepAutomaticTermination(doc, (string?)body["onAllTasksComplete"]);
            Change(doc, body, Patch, replaceAll: false);
        };
    }

    /// <summary>PUT: the updatable properties are all replaced; those left out return to their defaults.</summary>
    public static Action<JsonObject> Replace(JsonObject body)
    {
        SchemaValidator.Require(body, Put);
        return doc =>
        {
            if (!JsonNode.DeepEquals(doc["poolInfo"], body["poolInfo"]))
            {
                RequireDisabled(doc);
            }
            KeepAutomaticTermination(doc, (string?)body["onAllTasksComplete"] ?? "noaction");
            Change(doc, body, Put, replaceAll: true);
        };
    }

    // The job as changed must still be one the service would have created: a PATCH of part of a
    // nested object (networkConfiguration without subnetId, say) is refused rather than stored.
    private static void Change(JsonObject doc, JsonObject body, string definition, bool replaceAll)
    {
        foreach (Property property in SpecTable.Get(definition).Properties)
        {
            if (replaceAll)
            {
                doc.Remove(property.Name);
            }
            if (body[property.Name] is { } value)
            {
                doc[property.Name] = value.DeepClone();
            }
        }
        SchemaDefaults.Apply(doc, Create);
        if (SchemaValidator.Check(doc, Create) is [var first, ..])
        {
            throw first.ToException();
        }
    }

    private static void RequireDisabled(JsonObject doc)
    {
        if ((string?)doc["state"] != "disabled")
        {
            throw BatchErrorException.Conflict("JobNotDisabled",
                $"The job's poolInfo can be changed only while the job is disabled (it is {(string?)doc["state"]}).");
        }
    }

    // Once automatic job termination is engaged it cannot be turned off: 400 InvalidPropertyValue.
    private static void KeepAutomaticTermination(JsonObject doc, string? requested)
    {
        if ((string?)doc["onAllTasksComplete"] == "terminatejob" && requested == "noaction")
        {
            throw BatchErrorException.InvalidProperty("onAllTasksComplete", requested,
                "onAllTasksComplete cannot be changed from terminatejob to noaction.");
        }
    }
}
