namespace System.Management.Automation;

public enum ProgressRecordType
{
    Processing,
    Completed,
}

public class ProgressRecord
{
    public ProgressRecord(int activityId, string activity, string statusDescription)
    {
        if (string.IsNullOrEmpty(activity)) throw new ArgumentException("Activity is required.", nameof(activity));
        if (string.IsNullOrEmpty(statusDescription)) throw new ArgumentException("StatusDescription is required.", nameof(statusDescription));
        ActivityId = activityId;
        Activity = activity;
        StatusDescription = statusDescription;
    }

    public int ActivityId { get; }
    public int ParentActivityId { get; set; } = -1;
    public string Activity { get; set; }
    public string StatusDescription { get; set; }
    public string? CurrentOperation { get; set; }
    public int PercentComplete
    {
        get => _percentComplete;
        set
        {
            if (value > 100) throw new ArgumentOutOfRangeException(nameof(value), "PercentComplete cannot exceed 100.");
            _percentComplete = value;
        }
    }
    public int SecondsRemaining { get; set; } = -1;
    public ProgressRecordType RecordType { get; set; }

    private int _percentComplete = -1;
}
