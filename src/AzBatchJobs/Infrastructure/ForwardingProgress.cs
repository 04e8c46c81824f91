using System;

namespace AzBatchJobs;

/// <summary>An IProgress that calls the given action on the reporting thread (System.Progress would use a
/// synchronization context, which a PowerShell pipeline thread does not have).</summary>
internal sealed class ForwardingProgress<T> : IProgress<T>
{
    private readonly Action<T> _receiver;

    public ForwardingProgress(Action<T> receiver) => _receiver = receiver;

    public void Report(T value) => _receiver(value);
}
