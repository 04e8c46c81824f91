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
        new(Text(doc["eTag"]) ?? "0x0", DateTime.TryParse(Text(doc["lastModified"]), null,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out DateTime modified)
            ? modified : DateTime.UnixEpoch);

    // The readers below never throw: a stored document may have been written by something other than the emulator.

    /// <summary>The node's string value, or null when it is absent or not a string.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>The node's integer value, or null when it is absent or not an integer.</summary>
    public static int? Integer(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }
        if (value.TryGetValue(out int number))
        {
            return number;
        }
        return value.TryGetValue(out long big) && big is >= int.MinValue and <= int.MaxValue ? (int)big : null;
    }

    /// <summary>
    /// A stored document as a JSON object; one that is not (written by something else) reads as the
    /// bare entity, so that a listing or the node can go on and report it.
    /// </summary>
    public static JsonObject Parse(string text, string id, string state) =>
        TryParse(text) ?? new JsonObject { ["id"] = id, ["state"] = state, ["creationTime"] = Time(DateTime.UnixEpoch) };

    public static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>New ETag and lastModified: every change of the entity goes through here.</summary>
    public static void Touch(JsonObject doc, DateTime now)
    {
        doc["eTag"] = ETags.Next();
        doc["lastModified"] = Time(now);
    }

    /// <summary>Moves the entity to a new state, keeping the previous state and both transition times.</summary>
    public static void SetState(JsonObject doc, string state, DateTime now)
    {
        doc["previousState"] = Text(doc["state"]);
        doc["previousStateTransitionTime"] = Text(doc["stateTransitionTime"]);
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
