namespace AzBatchJobs.Client.Bulk;

/// <summary>The outcome of one input task; a bulk submission yields exactly one per task it read.</summary>
public sealed class BatchTaskSubmitOutcome
{
    public string JobId { get; set; } = string.Empty;

    /// <summary>The task id as given in the input (empty when the input task had none).</summary>
    public string TaskId { get; set; } = string.Empty;

    /// <summary>Zero-based position of the task in the input.</summary>
    public long InputIndex { get; set; }

    public BatchTaskSubmitStatus Status { get; set; }

    /// <summary>The Batch error code (or a client-side code such as DuplicateTaskId) when not added.</summary>
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>How many add-collection requests carried this task.</summary>
    public int Attempts { get; set; }

    public override string ToString() =>
        ErrorCode is null ? $"{TaskId}: {Status}" : $"{TaskId}: {Status} ({ErrorCode}: {ErrorMessage})";
}
