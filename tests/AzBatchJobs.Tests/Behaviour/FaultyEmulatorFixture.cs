using AzBatchJobs.Emulator;

namespace AzBatchJobs.Tests.Behaviour;

/// <summary>An emulator that answers a share of the tasks in each add-collection request with a server error.</summary>
public sealed class FaultyEmulatorFixture : EmulatorFixture
{
    public const double TaskFaultRate = 0.1;

    protected override EmulatorOptions Options() => new() { Port = 0, InMemory = true, TaskFaultRate = TaskFaultRate, Seed = 7 };
}
