namespace AzBatchJobs.Client.Bulk;

/// <summary>One input task, serialized once: its id and its UTF-8 JSON, or why it cannot be sent.</summary>
internal readonly struct TaskPayload
{
    public TaskPayload(string id, byte[] json)
    {
        Id = id;
        Json = json;
        RejectionCode = null;
        RejectionMessage = null;
    }

    private TaskPayload(string? id, string rejectionCode, string rejectionMessage)
    {
        Id = id;
        Json = System.Array.Empty<byte>();
        RejectionCode = rejectionCode;
        RejectionMessage = rejectionMessage;
    }

    /// <summary>Null only for a rejected task that had no id.</summary>
    public string? Id { get; }

    public byte[] Json { get; }

    /// <summary>Set when the task was found invalid before serialization; it is reported Failed and never sent.</summary>
    public string? RejectionCode { get; }

    public string? RejectionMessage { get; }

    public static TaskPayload Rejected(string? id, string code, string message) => new TaskPayload(id, code, message);
}
