using System;

namespace AzBatchJobs;

/// <summary>
/// A local Batch emulator started by Start-BatchEmulator. Its connection (Context) holds the key;
/// nothing here shows it.
/// </summary>
public sealed class BatchEmulatorProcess
{
    internal BatchEmulatorProcess(int processId, Uri endpoint, string accountName, BatchAccountContext context, bool keepRunning)
    {
        ProcessId = processId;
        Endpoint = endpoint;
        AccountName = accountName;
        Context = context;
        KeepRunning = keepRunning;
    }

    public int ProcessId { get; }
    public Uri Endpoint { get; }

    /// <summary>The port on 127.0.0.1 (Stop-BatchEmulator -Port takes it).</summary>
    public int Port => Endpoint.Port;

    public string AccountName { get; }

    /// <summary>The connection to this emulator, for -Context.</summary>
    public BatchAccountContext Context { get; }

    /// <summary>True when it outlives the session that started it (-KeepRunning).</summary>
    public bool KeepRunning { get; }

    public override string ToString() => $"{Endpoint} (process {ProcessId})";
}
