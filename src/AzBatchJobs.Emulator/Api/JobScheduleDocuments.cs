using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Schedules;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// Turns job schedule create, update and replace bodies into the stored schedule document, and a
/// schedule's jobSpecification into the jobs it creates. A jobSpecification is checked, and given
/// its defaults, by the very rules of job creation (JobDocuments), so a schedule that is accepted
/// can always make its jobs; errors name the property under "jobSpecification.".
/// </summary>
internal static class JobScheduleDocuments
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    // BatchJobSpecification: a job's create properties less its id.
    private static readonly string[] SpecificationProperties =
    [
        "priority", "allowTaskPreemption", "maxParallelTasks", "displayName", "usesTaskDependencies", "onAllTasksComplete",
        "onTaskFailure", "networkConfiguration", "constraints", "jobManagerTask", "jobPreparationTask", "jobReleaseTask",
        "commonEnvironmentSettings", "poolInfo", "metadata",
    ];

    // Any valid job id: JobDocuments checks ids as clients give them, and a schedule's job ids hold a ':'.
    private const string PlaceholderJobId = "scheduled-job";

    public static JsonObject FromCreate(JsonObject body, DateTime now)
    {
        string id = IdRules.Require(body);
        BodyRules.String(body, "displayName", 1024);
        BodyRules.Object(body, "schedule", required: true);
        var doc = new JsonObject { ["id"] = id };
        if (body["displayName"] is { } displayName)
        {
            doc["displayName"] = displayName.DeepClone();
        }
        Replace(body)(doc);
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
        var schedule = Schedule(body);
        var specification = body["jobSpecification"] is null ? null : Specification(body);
        BodyRules.Array(body, "metadata");
        return doc =>
        {
            Set(doc, "schedule", schedule, keepWhenMissing: true);
            Set(doc, "jobSpecification", specification, keepWhenMissing: true);
            Set(doc, "metadata", body["metadata"]?.DeepClone(), keepWhenMissing: true);
        };
    }

    /// <summary>PUT: every updatable property is replaced; a schedule or metadata left out is removed.</summary>
    public static Action<JsonObject> Replace(JsonObject body)
    {
        var schedule = Schedule(body);
        var specification = Specification(body);
        BodyRules.Array(body, "metadata");
        return doc =>
        {
            Set(doc, "schedule", schedule, keepWhenMissing: false);
            Set(doc, "jobSpecification", specification, keepWhenMissing: false);
            Set(doc, "metadata", body["metadata"]?.DeepClone(), keepWhenMissing: false);
        };
    }

    /// <summary>The job a schedule creates: its jobSpecification, with the given id.</summary>
    public static JsonObject NewJob(JsonObject schedule, string jobId)
    {
        var job = JobDocuments.FromCreate(WithPlaceholderId((JsonObject)schedule["jobSpecification"]!));
        job["id"] = jobId;
        return job;
    }

    private static void Set(JsonObject doc, string name, JsonNode? value, bool keepWhenMissing)
    {
        if (value is not null)
        {
            doc[name] = value;
        }
        else if (!keepWhenMissing)
        {
            doc.Remove(name);
        }
    }

    private static JsonObject? Schedule(JsonObject body)
    {
        BodyRules.Object(body, "schedule");
        if (body["schedule"] is not JsonObject schedule)
        {
            return null;
        }
        var copy = new JsonObject();
        foreach (string name in new[] { "doNotRunUntil", "doNotRunAfter" })
        {
            if (schedule[name] is { } node)
            {
                var time = node is JsonValue value && value.TryGetValue(out string? text) ? ScheduleTiming.ParseTime(text) : null;
                copy[name] = time is { } parsed ? StoredDoc.Time(parsed)
                    : throw BatchErrorException.InvalidProperty($"schedule.{name}", node.ToJsonString(), $"{name} must be a date-time such as 2025-01-01T12:30:00Z.");
            }
        }
        foreach (string name in new[] { "startWindow", "recurrenceInterval" })
        {
            BodyRules.Duration(body, "schedule", name);
            if (schedule[name] is { } node)
            {
                if (ScheduleTiming.ParseDuration(node) < MinimumInterval)
                {
                    throw BatchErrorException.InvalidProperty($"schedule.{name}", node.ToJsonString(), $"{name} must be at least 1 minute (PT1M).");
                }
                copy[name] = node.DeepClone();
            }
        }
        return copy;
    }

    // Required: a schedule cannot make jobs without one, and a whole jobSpecification is replaced at a time.
    private static JsonObject Specification(JsonObject body)
    {
        BodyRules.Object(body, "jobSpecification", required: true);
        var job = WithinProperty("jobSpecification", () => JobDocuments.FromCreate(WithPlaceholderId((JsonObject)body["jobSpecification"]!)));
        return BodyRules.CopyKnown(job, SpecificationProperties);
    }

    private static JsonObject WithPlaceholderId(JsonObject specification)
    {
        var body = (JsonObject)specification.DeepClone();
        body["id"] = PlaceholderJobId;
        return body;
    }

    private static T WithinProperty<T>(string parent, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (BatchErrorException error) when (error.Values.Any(v => v.Key == "PropertyName"))
        {
            throw new BatchErrorException(error.Status, error.Code, error.Message,
                error.Values.Select(v => v.Key == "PropertyName" ? (v.Key, $"{parent}.{v.Value}") : v).ToArray());
        }
    }
}
