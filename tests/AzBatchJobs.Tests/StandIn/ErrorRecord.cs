namespace System.Management.Automation;

public enum ErrorCategory
{
    NotSpecified,
    OpenError,
    CloseError,
    DeviceError,
    DeadlockDetected,
    InvalidArgument,
    InvalidData,
    InvalidOperation,
    InvalidResult,
    InvalidType,
    MetadataError,
    NotImplemented,
    NotInstalled,
    ObjectNotFound,
    OperationStopped,
    OperationTimeout,
    SyntaxError,
    ParserError,
    PermissionDenied,
    ResourceBusy,
    ResourceExists,
    ResourceUnavailable,
    ReadError,
    WriteError,
    FromStdErr,
    SecurityError,
    ProtocolError,
    ConnectionError,
    AuthenticationError,
    LimitsExceeded,
    QuotaExceeded,
    NotEnabled,
}

public class ErrorRecord
{
    public ErrorRecord(Exception exception, string errorId, ErrorCategory errorCategory, object? targetObject)
    {
        Exception = exception ?? throw new ArgumentNullException(nameof(exception));
        FullyQualifiedErrorId = errorId ?? "";
        TargetObject = targetObject;
        CategoryInfo = new ErrorCategoryInfo(errorCategory, targetObject);
    }

    public Exception Exception { get; }
    public string FullyQualifiedErrorId { get; internal set; }
    public object? TargetObject { get; }
    public ErrorCategoryInfo CategoryInfo { get; }
    public ErrorDetails? ErrorDetails { get; set; }

    public override string ToString() => ErrorDetails?.Message is { Length: > 0 } m ? m : Exception.Message;
}

public class ErrorCategoryInfo
{
    internal ErrorCategoryInfo(ErrorCategory category, object? target)
    {
        Category = category;
        TargetName = target?.ToString() ?? "";
        TargetType = target?.GetType().Name ?? "";
    }

    public ErrorCategory Category { get; }
    public string TargetName { get; }
    public string TargetType { get; }
}

public class ErrorDetails
{
    public ErrorDetails(string message) => Message = message;

    public string Message { get; }
    public string? RecommendedAction { get; set; }
}

/// <summary>The real engine raises this when a cmdlet calls ThrowTerminatingError or hits ErrorAction Stop.</summary>
public class PipelineStoppedException : Exception
{
    public PipelineStoppedException() : base("The pipeline has been stopped.") { }
}

public class ActionPreferenceStopException : Exception
{
    public ActionPreferenceStopException(ErrorRecord errorRecord) : base(errorRecord.ToString()) => ErrorRecord = errorRecord;

    public ErrorRecord ErrorRecord { get; }
}
