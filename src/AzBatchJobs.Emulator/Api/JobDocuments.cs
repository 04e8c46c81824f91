using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Turns job create, update and replace bodies into the stored job document, with the service's defaults.</summary>
internal static class JobDocuments
{
    public const string UnlimitedDuration = "P10675199DT2H48M5.4775807S";

    private static readonly string[] CreateProperties =
    [
        "id", "displayName", "usesTaskDependencies", "priority", "allowTaskPreemption", "maxParallelTasks", "constraints",
        "jobManagerTask", "jobPreparationTask", "jobReleaseTask", "commonEnvironmentSettings", "poolInfo",
        "onAllTasksComplete", "onTaskFailure", "networkConfiguration", "metadata",
    ];

    private static readonly string[] UpdateProperties =
    [
        "priority", "allowTaskPreemption", "maxParallelTasks", "constraints", "poolInfo", "onAllTasksComplete", "metadata",
        "networkConfiguration",
    ];

    public static JsonObject FromCreate(JsonObject body)
    {
        string id = IdRules.Require(body);
        BodyRules.String(body, "displayName", 1024);
        BodyRules.Object(body, "poolInfo", required: true);
        ValidateUpdatable(body);
        BodyRules.Boolean(body, "usesTaskDependencies");
        BodyRules.OneOf(body, "onTaskFailure", "noaction", "performexitoptionsjobaction");
        foreach (string task in new[] { "jobManagerTask", "jobPreparationTask", "jobReleaseTask" })
        {
            BodyRules.Object(body, task);
            if (body[task] is JsonObject taskBody && taskBody["commandLine"] is null)
            {
                throw BatchErrorException.MissingProperty($"{task}.commandLine");
            }
        }
        if (body["jobReleaseTask"] is not null && body["jobPreparationTask"] is null)
        {
            throw BatchErrorException.InvalidProperty("jobReleaseTask", "(object)",
                "A Job Release task cannot be specified without also specifying a Job Preparation task for the job.");
        }
        BodyRules.Array(body, "commonEnvironmentSettings");

        var now = DateTime.UtcNow;
        var doc = BodyRules.CopyKnown(body, CreateProperties);
        doc["id"] = id;
        doc["usesTaskDependencies"] ??= false;
        ApplyDefaults(doc);
        doc["creationTime"] = StoredDoc.Time(now);
        doc["state"] = "active";
        doc["stateTransitionTime"] = StoredDoc.Time(now);
        doc["onTaskFailure"] ??= "noaction";
        doc["executionInfo"] = new JsonObject
        {
            ["startTime"] = StoredDoc.Time(now),
            ["poolId"] = (string?)body["poolInfo"]!["poolId"],
        };
        StoredDoc.Touch(doc, now);
        return doc;
    }

    /// <summary>PATCH: only the given properties change.</summary>
    public static Action<JsonObject> Update(JsonObject body)
    {
        ValidateUpdatable(body);
        return doc =>
        {
            KeepAutomaticTermination(doc, (string?)body["onAllTasksComplete"]);
            foreach (string name in UpdateProperties)
            {
                if (body[name] is { } value)
                {
                    doc[name] = value.DeepClone();
                }
            }
            ApplyDefaults(doc);
        };
    }

    /// <summary>PUT: the updatable properties are all replaced; those left out return to their defaults.</summary>
    public static Action<JsonObject> Replace(JsonObject body)
    {
        BodyRules.Object(body, "poolInfo", required: true);
        ValidateUpdatable(body);
        return doc =>
        {
            KeepAutomaticTermination(doc, (string?)body["onAllTasksComplete"] ?? "noaction");
            foreach (string name in UpdateProperties)
            {
                doc.Remove(name);
                if (body[name] is { } value)
                {
                    doc[name] = value.DeepClone();
                }
            }
            ApplyDefaults(doc);
        };
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

    private static void ValidateUpdatable(JsonObject body)
    {
        BodyRules.Integer(body, "priority", -1000, 1000);
        BodyRules.Integer(body, "maxParallelTasks", -1, int.MaxValue);
        if ((long?)(body["maxParallelTasks"] as JsonValue) == 0)
        {
            throw BatchErrorException.InvalidProperty("maxParallelTasks", "0", "maxParallelTasks must be -1 (no limit) or greater than 0.");
        }
        BodyRules.Boolean(body, "allowTaskPreemption");
        BodyRules.OneOf(body, "onAllTasksComplete", "noaction", "terminatejob");
        BodyRules.Object(body, "poolInfo");
        if (body["poolInfo"] is JsonObject poolInfo)
        {
            BodyRules.String(poolInfo, "poolId", 64);
        }
        BodyRules.Object(body, "constraints");
        BodyRules.Duration(body, "constraints", "maxWallClockTime");
        if (body["constraints"] is JsonObject constraints)
        {
            BodyRules.Integer(constraints, "maxTaskRetryCount", -1, int.MaxValue);
        }
        BodyRules.Array(body, "metadata");
    }

    private static void ApplyDefaults(JsonObject doc)
    {
        doc["priority"] ??= 0;
        doc["maxParallelTasks"] ??= -1;
        doc["allowTaskPreemption"] ??= false;
        doc["onAllTasksComplete"] ??= "noaction";
        var constraints = StoredDoc.Child(doc, "constraints");
        constraints["maxWallClockTime"] ??= UnlimitedDuration;
        constraints["maxTaskRetryCount"] ??= 0;
    }
}
