using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Store;

/// <summary>What a conditional request is checked against.</summary>
internal readonly record struct EntityVersion(string ETag, DateTime LastModified);

/// <summary>A job as stored: the wire document plus the columns the store queries.</summary>
internal sealed record JobRecord(string Key, string Id, string State, JsonObject Doc)
{
    public EntityVersion Version => StoredDoc.Version(Doc);
}

/// <summary>A task as stored: the wire document plus the columns the store queries.</summary>
internal sealed record TaskRecord(string JobKey, string JobId, string Key, string Id, string State, JsonObject Doc)
{
    public EntityVersion Version => StoredDoc.Version(Doc);
}

/// <summary>Task and slot counts of a job, kept as counters (never counted by scanning).</summary>
internal sealed record TaskCounts(
    long Active, long Running, long Completed, long Succeeded, long Failed,
    long ActiveSlots, long RunningSlots, long CompletedSlots, long SucceededSlots, long FailedSlots, long TaskRetries = 0);

/// <summary>Outcome of one task of an add-collection.</summary>
internal enum TaskAddOutcome
{
    Added,
    Exists,
}

/// <summary>What changed in the store; raised after the change is durable.</summary>
internal enum StoreChangeKind
{
    TasksAdded,
    TaskChanged,
    TaskDeleted,
    JobStateChanged,
    JobDeleted,
}

internal sealed record StoreChange(StoreChangeKind Kind, string JobId, string? TaskId = null);

/// <summary>Helpers over the wire document stored for jobs and tasks.</summary>
internal static class StoredDoc
{
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

    public static EntityVersion Version(JsonObject doc) =>
        new((string)doc["eTag"]!, DateTime.Parse((string)doc["lastModified"]!, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));

    /// <summary>New ETag and lastModified: every change of the entity goes through here.</summary>
    public static void Touch(JsonObject doc, DateTime now)
    {
        doc["eTag"] = ETags.Next();
        doc["lastModified"] = Time(now);
    }

    /// <summary>Moves the entity to a new state, keeping the previous state and both transition times.</summary>
    public static void SetState(JsonObject doc, string state, DateTime now)
    {
        doc["previousState"] = (string?)doc["state"];
        doc["previousStateTransitionTime"] = (string?)doc["stateTransitionTime"];
        doc["state"] = state;
        doc["stateTransitionTime"] = Time(now);
    }

    public static JsonObject Child(JsonObject doc, string name)
    {
        if (doc[name] is JsonObject existing)
        {
            return existing;
        }
        var created = new JsonObject();
        doc[name] = created;
        return created;
    }
}
