using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Turns task create and update bodies into the stored task document, with the service's defaults.</summary>
internal static class TaskDocuments
{
    private static readonly string[] CreateProperties =
    [
        "id", "displayName", "commandLine", "containerSettings", "exitConditions", "resourceFiles", "outputFiles",
        "environmentSettings", "affinityInfo", "constraints", "requiredSlots", "userIdentity", "multiInstanceSettings",
        "dependsOn", "applicationPackageReferences", "authenticationTokenSettings",
    ];

    /// <summary>Validates a task body against the rules and its job; throws BatchErrorException naming the property.</summary>
    public static JsonObject FromCreate(JsonObject body, JobRecord job)
    {
        string id = IdRules.Require(body);
        BodyRules.String(body, "displayName", 1024);
        if (body["commandLine"] is null)
        {
            throw BatchErrorException.MissingProperty("commandLine");
        }
        BodyRules.String(body, "commandLine", 32768);
        BodyRules.Integer(body, "requiredSlots", 1, 256);
        BodyRules.Object(body, "constraints");
        ValidateConstraints(body);
        BodyRules.Array(body, "resourceFiles");
        BodyRules.Array(body, "outputFiles");
        BodyRules.Array(body, "environmentSettings");
        BodyRules.Object(body, "dependsOn");
        TaskRelationRules.Validate(body);
        if (body["dependsOn"] is not null && (bool?)job.Doc["usesTaskDependencies"] != true)
        {
            throw BatchErrorException.Conflict("TaskDependenciesNotSpecifiedOnJob",
                "The task has dependencies (dependsOn), but the job does not allow them (usesTaskDependencies is false).");
        }

        var now = DateTime.UtcNow;
        var doc = BodyRules.CopyKnown(body, CreateProperties);
        doc["id"] = id;
        doc["requiredSlots"] ??= 1;
        var constraints = StoredDoc.Child(doc, "constraints");
        constraints["maxWallClockTime"] ??= JobDocuments.UnlimitedDuration;
        constraints["retentionTime"] ??= "P7D";
        constraints["maxTaskRetryCount"] ??= (int?)(job.Doc["constraints"] as JsonObject)?["maxTaskRetryCount"] ?? 0;
        doc["creationTime"] = StoredDoc.Time(now);
        doc["state"] = "active";
        doc["stateTransitionTime"] = StoredDoc.Time(now);
        doc["executionInfo"] = new JsonObject { ["retryCount"] = 0, ["requeueCount"] = 0 };
        StoredDoc.Touch(doc, now);
        return doc;
    }

    /// <summary>Task update (PUT): the body carries the new constraints.</summary>
    public static Action<JsonObject> Update(JsonObject body)
    {
        BodyRules.Object(body, "constraints");
        ValidateConstraints(body);
        return doc =>
        {
            var constraints = new JsonObject
            {
                ["maxWallClockTime"] = JobDocuments.UnlimitedDuration,
                ["retentionTime"] = "P7D",
                ["maxTaskRetryCount"] = 0,
            };
            if (body["constraints"] is JsonObject given)
            {
                foreach (var (name, value) in given)
                {
                    constraints[name] = value?.DeepClone();
                }
            }
            doc["constraints"] = constraints;
        };
    }

    private static void ValidateConstraints(JsonObject body)
    {
        BodyRules.Duration(body, "constraints", "maxWallClockTime");
        BodyRules.Duration(body, "constraints", "retentionTime");
        if (body["constraints"] is JsonObject constraints)
        {
            BodyRules.Integer(constraints, "maxTaskRetryCount", -1, int.MaxValue);
        }
    }
}
