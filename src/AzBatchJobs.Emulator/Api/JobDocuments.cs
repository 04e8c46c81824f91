using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Turns job create, update and replace bodies into the stored job document, with the service's defaults.</summary>
internal static class JobDocuments
{
    public const string Create = "BatchJobCreateOptions";

    /// <summary>What a stored job is checked against: a job's create properties less its id (the store's key).</summary>
    public const string Stored = "BatchJobSpecification";

    private const string Patch = "BatchJobUpdateOptions";
    private const string Put = "BatchJob";

    public static JsonObject FromCreate(JsonObject body)
    {
        SchemaValidator.Require(body, Create);
        return NewJob(body, (string)body["id"]!);
    }

    /// <summary>A new job from a checked create body or a job schedule's jobSpecification, with the service's defaults.</summary>
    public static JsonObject NewJob(JsonObject specification, string id)
    {
        var now = DateTime.UtcNow;
        var doc = SchemaDefaults.CopyKnown(specification, Stored);
        doc["id"] = id;
        SchemaDefaults.Apply(doc, Stored);
        doc["creationTime"] = StoredDoc.Time(now);
        doc["state"] = "active";
        doc["stateTransitionTime"] = StoredDoc.Time(now);
        doc["executionInfo"] = new JsonObject { ["startTime"] = StoredDoc.Time(now) };
        if (StoredDoc.Text((doc["poolInfo"] as JsonObject)?["poolId"]) is { } poolId)
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
            DocumentChange.Apply(doc, body, Patch, replaceAll: false, Stored);
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
                // A new pool follows a PATCH's rules (an auto pool may not live as long as a job schedule).
                SchemaValidator.Require(new JsonObject { ["poolInfo"] = body["poolInfo"]!.DeepClone() }, Patch);
                RequireDisabled(doc);
            }
            KeepAutomaticTermination(doc, (string?)body["onAllTasksComplete"] ?? "noaction");
            DocumentChange.Apply(doc, body, Put, replaceAll: true, Stored);
        };
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
