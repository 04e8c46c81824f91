using System;
using System.Collections.Generic;

namespace AzBatchJobs.Emulator.Node;

/// <summary>What to do to the job when a task completes (the spec's JobAction).</summary>
internal enum JobAction
{
    None,
    /// <summary>Disable the job, as Disable Job with disableTasks requeue.</summary>
    Disable,
    /// <summary>Terminate the job with terminateReason TaskFailed.</summary>
    Terminate,
}

/// <summary>What a completed task means for the tasks that depend on it (the spec's DependencyAction).</summary>
internal enum DependencyAction
{
    Satisfy,
    Block,
}

/// <summary>The spec's ExitOptions: wire values, null when not given.</summary>
internal sealed record ExitOptionsSpec(string? JobAction, string? DependencyAction);

internal sealed record ExitCodeMappingSpec(int Code, ExitOptionsSpec Options);

internal sealed record ExitCodeRangeSpec(int Start, int End, ExitOptionsSpec Options);

/// <summary>The spec's ExitConditions of a task.</summary>
internal sealed record ExitConditionsSpec(
    IReadOnlyList<ExitCodeMappingSpec> ExitCodes,
    IReadOnlyList<ExitCodeRangeSpec> ExitCodeRanges,
    ExitOptionsSpec? PreProcessingError,
    ExitOptionsSpec? FileUploadError,
    ExitOptionsSpec? Default);

/// <summary>How a task run ended, as exit conditions see it.</summary>
/// <param name="ExitCode">The process exit code; null when the process never ran.</param>
/// <param name="PreProcessingError">The task failed before its process ran (resource files, launch).</param>
/// <param name="FileUploadError">Uploading an output file failed.</param>
internal sealed record TaskExitOutcome(int? ExitCode, bool PreProcessingError, bool FileUploadError);

internal sealed record ExitDecision(JobAction JobAction, DependencyAction DependencyAction);

/// <summary>
/// Evaluates a task's exitConditions when it completes, by the spec's rules: an exit code listed in
/// exitCodes, else in exitCodeRanges, decides (even over a file upload error); otherwise a
/// pre-processing error uses preProcessingError, a file upload error uses fileUploadError, each
/// falling back to default; any other non-zero exit code uses default. Exit code 0 that is not
/// listed means no action. Omitted actions default to none/satisfy for exit code 0 and
/// terminate/block for every other condition. The job action is taken only when the job's
/// onTaskFailure is performexitoptionsjobaction; otherwise it is none.
/// </summary>
internal static class ExitConditionEvaluator
{
    public static ExitDecision Evaluate(ExitConditionsSpec? conditions, TaskExitOutcome outcome, bool jobPerformsExitOptionsJobAction)
    {
        (ExitOptionsSpec? options, bool success) = Select(conditions, outcome);
        JobAction jobAction = ParseJobAction(options?.JobAction) ?? (success ? JobAction.None : JobAction.Terminate);
        DependencyAction dependencyAction = ParseDependencyAction(options?.DependencyAction)
            ?? (success ? DependencyAction.Satisfy : DependencyAction.Block);
        return new ExitDecision(jobPerformsExitOptionsJobAction ? jobAction : JobAction.None, dependencyAction);
    }

    private static (ExitOptionsSpec? Options, bool Success) Select(ExitConditionsSpec? conditions, TaskExitOutcome outcome)
    {
        if (outcome.ExitCode is { } code && conditions is not null)
        {
            foreach (ExitCodeMappingSpec mapping in conditions.ExitCodes)
            {
                if (mapping.Code == code)
                {
                    return (mapping.Options, code == 0);
                }
            }
            foreach (ExitCodeRangeSpec range in conditions.ExitCodeRanges)
            {
                if (code >= range.Start && code <= range.End)
                {
                    return (range.Options, code == 0);
                }
            }
        }
        if (outcome.PreProcessingError)
        {
            return (conditions?.PreProcessingError ?? conditions?.Default, false);
        }
        if (outcome.FileUploadError)
        {
            return (conditions?.FileUploadError ?? conditions?.Default, false);
        }
        return outcome.ExitCode == 0 ? (null, true) : (conditions?.Default, false);
    }

    public static JobAction? ParseJobAction(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "none" => JobAction.None,
        "disable" => JobAction.Disable,
        "terminate" => JobAction.Terminate,
        _ => throw new ArgumentException($"exitConditions jobAction: '{value}' is not one of none, disable, terminate.", nameof(value)),
    };

    public static DependencyAction? ParseDependencyAction(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "satisfy" => DependencyAction.Satisfy,
        "block" => DependencyAction.Block,
        _ => throw new ArgumentException($"exitConditions dependencyAction: '{value}' is not one of satisfy, block.", nameof(value)),
    };
}
