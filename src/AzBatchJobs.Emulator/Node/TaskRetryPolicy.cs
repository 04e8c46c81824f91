namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The retry rule of the Batch service: a task whose process exits with a non-zero exit code is
/// run again while its retryCount is below maxTaskRetryCount (-1 means without limit). The task's
/// own constraint wins over the job's; with neither, the task is not retried. Pre-processing
/// failures, output upload failures, wall-clock expiry and termination are not retried.
/// </summary>
internal static class TaskRetryPolicy
{
    public const int Unlimited = -1;

    public static int EffectiveMaxRetryCount(int? taskMaxRetryCount, int? jobMaxRetryCount) =>
        taskMaxRetryCount ?? jobMaxRetryCount ?? 0;

    public static bool ShouldRetry(ProcessRunResult run, int retryCount, int maxRetryCount) =>
        run.Reason == ProcessEndReason.Exited
        && run.ExitCode is not 0
        && HasRetriesLeft(retryCount, maxRetryCount);

    /// <summary>The same rule for a classified attempt: only a non-zero exit (FailureExitCode) is retried.</summary>
    public static bool ShouldRetry(TaskAttemptResult attempt, int retryCount, int maxRetryCount) =>
        attempt.FailureInfo?.Code == TaskFailureCodes.FailureExitCode
        && HasRetriesLeft(retryCount, maxRetryCount);

    private static bool HasRetriesLeft(int retryCount, int maxRetryCount) =>
        maxRetryCount == Unlimited || retryCount < maxRetryCount;
}
