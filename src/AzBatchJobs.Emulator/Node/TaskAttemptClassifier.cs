using System;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The completed state of one task attempt as the service shows it in executionInfo:
/// Result is the wire value success or failure; ExitCode is null when the process never ran.
/// </summary>
internal sealed record TaskAttemptResult(
    string Result,
    int? ExitCode,
    TaskFailureInfo? FailureInfo,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    TaskExitOutcome ExitOutcome)
{
    public const string Success = "success";
    public const string Failure = "failure";
}

/// <summary>
/// Turns what happened in an attempt (resource download, process run, output upload) into the
/// task's result and failureInfo, with the service's codes: a resource file or launch failure is a
/// pre-processing error; a non-zero exit is FailureExitCode; wall-clock expiry is TaskEnded
/// (servererror); a kill on request (terminate) is TaskEnded (usererror, "Task Was Ended by User
/// Request"); an output upload failure after a zero exit is the upload's failure.
/// </summary>
internal static class TaskAttemptClassifier
{
    public const string EndedByUserMessage = "Task Was Ended by User Request";
    public const string WallClockMessage = "The task ran longer than its maxWallClockTime and was ended";
    public const string FailureExitCodeMessage = "The task exited with an exit code representing a failure";

    public static TaskAttemptResult PreProcessingFailed(TaskFailureInfo failure, DateTimeOffset start, DateTimeOffset end) =>
        new(TaskAttemptResult.Failure, null, failure, start, end, new TaskExitOutcome(null, PreProcessingError: true, FileUploadError: false));

    public static TaskAttemptResult Classify(ProcessRunResult run, TaskFailureInfo? uploadFailure)
    {
        if (run.Reason == ProcessEndReason.LaunchFailed)
        {
            return PreProcessingFailed(run.LaunchFailure!, run.StartTime, run.EndTime);
        }

        TaskFailureInfo? failure = run.Reason switch
        {
            ProcessEndReason.WallClockExpired => TaskFailureInfo.Server(TaskFailureCodes.TaskEnded, WallClockMessage),
            ProcessEndReason.Killed => TaskFailureInfo.User(TaskFailureCodes.TaskEnded, EndedByUserMessage),
            _ when run.ExitCode is not 0 => TaskFailureInfo.User(TaskFailureCodes.FailureExitCode, FailureExitCodeMessage),
            _ => uploadFailure,
        };
        var outcome = new TaskExitOutcome(run.ExitCode, PreProcessingError: false, FileUploadError: uploadFailure is not null);
        string result = failure is null ? TaskAttemptResult.Success : TaskAttemptResult.Failure;
        return new TaskAttemptResult(result, run.ExitCode, failure, run.StartTime, run.EndTime, outcome);
    }
}
