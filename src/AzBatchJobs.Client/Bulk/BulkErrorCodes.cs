namespace AzBatchJobs.Client.Bulk;

/// <summary>Error codes the bulk engine reports. Service codes keep the service's spelling.</summary>
public static class BulkErrorCodes
{
    /// <summary>Service code: a task with this id exists in the job.</summary>
    public const string TaskExists = "TaskExists";

    /// <summary>Service code: the request body is 1 MB or more; also reported for one task too large for any request.</summary>
    public const string RequestBodyTooLarge = "RequestBodyTooLarge";

    /// <summary>Client code: the id appeared earlier in the same input (ids compare case-insensitively).</summary>
    public const string DuplicateTaskId = "DuplicateTaskId";

    /// <summary>Client code: the input task has no id.</summary>
    public const string MissingTaskId = "MissingTaskId";

    /// <summary>Client code: the task id breaks the service's rule (1-64 letters, digits, hyphens, underscores).</summary>
    public const string InvalidTaskId = "InvalidTaskId";

    /// <summary>Client code: the task breaks another client-side rule (e.g. no CommandLine) or could not be serialized.</summary>
    public const string InvalidTask = "InvalidTask";

    /// <summary>Client code: the service answered without a result for this task.</summary>
    public const string MissingTaskResult = "MissingTaskResult";

    /// <summary>Client code: no connection to the service could be made (refused, name not resolved, TLS failed), so the request was never sent.</summary>
    public const string ConnectionFailed = "ConnectionFailed";

    /// <summary>Client code: the service could not be reached for BatchTaskSubmitOptions.UnreachableTimeout, so the submission stopped sending.</summary>
    public const string ServiceUnreachable = "ServiceUnreachable";

    /// <summary>Client code: the submission was cancelled.</summary>
    public const string Canceled = "OperationCanceled";
}
