using System;

namespace AzBatchJobs;

/// <summary>A local Batch emulator started by Start-BatchEmulator.</summary>
public sealed class BatchEmulatorProcess
{
    internal BatchEmulatorProcess(int processId, Uri endpoint, string accountName, BatchAccountContext context)
    {
        ProcessId = processId;
        Endpoint = endpoint;
        AccountName = accountName;
        Context = context;
    }

    public int ProcessId { get; }
    public Uri Endpoint { get; }
    public string AccountName { get; }
    public BatchAccountContext Context { get; }

    public override string ToString() => $"{Endpoint} (process {ProcessId})";
}
