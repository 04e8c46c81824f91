using System.Collections.Concurrent;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Emulator;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>
/// One in-process emulator per test class (a class fixture), and clients that talk to it with Shared Key
/// over real HTTP. Tests in a class share the emulator, so each one uses its own job ids.
/// </summary>
public abstract class EmulatorFixture : IAsyncLifetime
{
    private BatchEmulator? _emulator;

    public BatchEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    public BatchClient Client { get; private set; } = null!;

    protected abstract EmulatorOptions Options();

    public async Task InitializeAsync()
    {
        var options = Options();
        options.Port = 0;
        options.InMemory = true;
        _emulator = await BatchEmulator.StartAsync(options);
        Client = CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A client with short retry delays; <paramref name="accountKey"/> overrides the emulator's key.</summary>
    public BatchClient CreateClient(Action<BatchRequestTrace>? observer = null, string? accountKey = null)
    {
        var options = new BatchClientOptions { RequestObserver = observer };
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.MaxRetries = 6;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        var connection = BatchConnection.SharedKey(Emulator.Endpoint, Emulator.AccountName, accountKey ?? Emulator.AccountKey);
        return new BatchClient(connection, options);
    }

    /// <summary>A client and the list of every attempt it makes.</summary>
    public (BatchClient Client, ConcurrentQueue<BatchRequestTrace> Traces) CreateObservedClient()
    {
        var traces = new ConcurrentQueue<BatchRequestTrace>();
        return (CreateClient(traces.Enqueue), traces);
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    public static BatchJobCreateOptions NewJob(string id) => new() { Id = id, PoolInfo = new BatchPoolInfo { PoolId = "e2e-pool" } };

    public async Task<string> CreateJobAsync(string prefix, Action<BatchJobCreateOptions>? configure = null)
    {
        var job = NewJob(NewId(prefix));
        configure?.Invoke(job);
        await Client.CreateJobAsync(job);
        return job.Id!;
    }
}

/// <summary>An emulator whose node has no slots: tasks stay active, so task states change only when a test changes them.</summary>
public sealed class IdleNodeEmulator : EmulatorFixture
{
    protected override EmulatorOptions Options() => new() { Slots = 0 };
}

/// <summary>An emulator whose local node runs tasks as processes.</summary>
public sealed class RunningNodeEmulator : EmulatorFixture
{
    protected override EmulatorOptions Options() => new() { Slots = 4 };
}
