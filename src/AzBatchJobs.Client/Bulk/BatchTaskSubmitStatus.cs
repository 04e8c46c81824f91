namespace AzBatchJobs.Client.Bulk;

/// <summary>What became of one input task in a bulk submission.</summary>
/// <remarks>
/// Based on long because PowerShell's ConvertTo-Json writes such an enum by name ("Added"), where it
/// writes an int-based one as a number.
/// </remarks>
public enum BatchTaskSubmitStatus : long
{
    /// <summary>This submission added the task to the job.</summary>
    Added,

    /// <summary>A task with this id was in the job before this submission; it was left as it was.</summary>
    AlreadyExisted,

    /// <summary>The task was not added; ErrorCode and ErrorMessage say why.</summary>
    Failed,

    /// <summary>The submission was cancelled, or stopped because the service could not be reached, or could
    /// not look the task up, while a request carrying it was unanswered: the task may or may not be in the job.</summary>
    Unknown,

    /// <summary>The submission was cancelled, or stopped because the service could not be reached, before any
    /// request could add the task: it is not in the job.</summary>
    NotSubmitted,
}
