namespace AzBatchJobs.Emulator.Http;

/// <summary>The faults injected, drawn from generators seeded from one seed, so a seed replays the same sequence.</summary>
internal sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly Random _requests;
    private readonly Random _tasks;
    private readonly double _faultRate;
    private readonly double _taskFaultRate;

    public FaultPlan(double faultRate, double taskFaultRate, int? seed, RequestThrottle? throttle = null)
    {
        Throttle = throttle;
        _faultRate = faultRate;
        _taskFaultRate = taskFaultRate;
        int baseSeed = seed ?? Random.Shared.Next();
        _requests = new Random(baseSeed);
        _tasks = new Random(unchecked(baseSeed * 31 + 7));
    }

    public bool InjectsRequestFaults => _faultRate > 0 || Throttle is not null;

    /// <summary>Answers 429 above a request rate (--throttle-rate), before any random fault.</summary>
    public RequestThrottle? Throttle { get; }

    public RequestFault NextRequestFault()
    {
        if (_faultRate <= 0)
        {
            return RequestFault.None;
        }
        lock (_gate)
        {
            if (_requests.NextDouble() >= _faultRate)
            {
                return RequestFault.None;
            }
            return (RequestFault)(1 + _requests.Next(5));
        }
    }

    /// <summary>Whether the next task of an add-collection is answered as servererror and not added.</summary>
    public bool NextTaskFails()
    {
        if (_taskFaultRate <= 0)
        {
            return false;
        }
        lock (_gate)
        {
            return _tasks.NextDouble() < _taskFaultRate;
        }
    }
}

internal enum RequestFault
{
    None,
    InternalError,
    ServerBusy,
    TooManyRequests,
    CloseBeforeProcessing,
    CloseAfterCommit,
}
