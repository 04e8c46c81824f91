using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api.Schema;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// Turns job schedule create, update and replace bodies into the stored schedule document, checked
/// against the spec table and with the service's defaults (its jobSpecification gets a job's), and a
/// schedule's jobSpecification into the jobs it makes.
/// </summary>
internal static class JobScheduleDocuments
{
    public const string Create = "BatchJobScheduleCreateOptions";
    private const string Patch = "BatchJobScheduleUpdateOptions";

    // Also what a changed schedule must still be: its writable part (a PUT may leave the schedule out).
    private const string Put = "BatchJobSchedule";

    public static JsonObject FromCreate(JsonObject body, DateTime now)
    {
        SchemaValidator.Require(body, Create);
        var doc = SchemaDefaults.CopyKnown(body, Create);
        SchemaDefaults.Apply(doc, Create);
        doc["creationTime"] = StoredDoc.Time(now);
        doc["state"] = "active";
        doc["stateTransitionTime"] = StoredDoc.Time(now);
        doc["executionInfo"] = new JsonObject();
        StoredDoc.Touch(doc, now);
        return doc;
    }

    /// <summary>PATCH: schedule, jobSpecification and metadata change only when given (each one whole).</summary>
    public static Action<JsonObject> Update(JsonObject body)
    {
        SchemaValidator.Require(body, Patch);
        return doc => DocumentChange.Apply(doc, body, Patch, replaceAll: false, Put);
    }

    /// <summary>PUT: every updatable property is replaced; a schedule or metadata left out is removed.</summary>
    public static Action<JsonObject> Replace(JsonObject body)
    {
        SchemaValidator.Require(body, Put);
        return doc => DocumentChange.Apply(doc, body, Put, replaceAll: true, Put);
    }

    /// <summary>The job a schedule makes: its jobSpecification, with the given id (a broken one is the node's to report on the job).</summary>
    public static JsonObject NewJob(JsonObject schedule, string jobId) =>
        JobDocuments.NewJob(schedule["jobSpecification"] as JsonObject ?? new JsonObject(), jobId);
}
