using System;
using System.Management.Automation;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Cmdlets;

/// <summary>The non-terminating error for one task of a bulk submission that was not added.</summary>
internal static class SubmitOutcomeError
{
    public static ErrorRecord ToErrorRecord(BatchTaskSubmitOutcome outcome)
    {
        var code = outcome.ErrorCode;
        var reason = outcome.Status == BatchTaskSubmitStatus.Unknown
            ? "the submission stopped before the service answered; the task may or may not be in the job"
            : string.IsNullOrWhiteSpace(outcome.ErrorMessage) ? "the service did not add it" : BatchErrorMapper.FirstLine(outcome.ErrorMessage!).Trim();
        var message = $"Task '{outcome.TaskId}' was not added to job '{outcome.JobId}': {reason} ({outcome.Status}, Batch error {code ?? "none"}).";
        var exception = new BatchTaskAddException(outcome.JobId, outcome.TaskId, outcome.Status.ToString(), code, message);
        var errorId = code ?? (outcome.Status == BatchTaskSubmitStatus.Unknown ? "BatchTaskOutcomeUnknown" : "BatchTaskNotAdded");
        return new ErrorRecord(exception, errorId, CategoryOf(outcome), outcome.TaskId) { ErrorDetails = new ErrorDetails(message) };
    }

    private static ErrorCategory CategoryOf(BatchTaskSubmitOutcome outcome)
    {
        if (outcome.Status == BatchTaskSubmitStatus.Unknown) return ErrorCategory.OperationStopped;
        var code = outcome.ErrorCode ?? "";
        if (code.EndsWith("Exists", StringComparison.OrdinalIgnoreCase)) return ErrorCategory.ResourceExists;
        if (code.EndsWith("NotFound", StringComparison.OrdinalIgnoreCase)) return ErrorCategory.ObjectNotFound;
        if (code.StartsWith("Authentication", StringComparison.OrdinalIgnoreCase)) return ErrorCategory.AuthenticationError;
        if (code.StartsWith("Insufficient", StringComparison.OrdinalIgnoreCase) || code == "Forbidden") return ErrorCategory.PermissionDenied;
        if (code is "ServerBusy" or "InternalError" or "OperationTimedOut" or "ServiceUnavailable") return ErrorCategory.ResourceUnavailable;
        if (code is "JobCompleted" or "JobBeingDeleted" or "JobDisabled") return ErrorCategory.InvalidOperation;
        return ErrorCategory.InvalidArgument;
    }
}
