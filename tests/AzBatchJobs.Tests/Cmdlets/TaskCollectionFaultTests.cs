using AzBatchJobs.Emulator;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>An emulator that fails a tenth of the tasks of each add-collection with per-task server errors (seeded).</summary>
public sealed class FaultyBatchShell : BatchShell
{
    protected override EmulatorOptions Options() => new() { Port = 0, InMemory = true, Slots = 0, TaskFaultRate = 0.1, Seed = 7 };
}

/// <summary>Add-BatchTaskCollection against server errors: every task is reported once, and every reported outcome is true.</summary>
public sealed class TaskCollectionFaultTests : IClassFixture<FaultyBatchShell>
{
    private readonly FaultyBatchShell _shell;

    public TaskCollectionFaultTests(FaultyBatchShell shell) => _shell = shell;

    [Fact]
    public void Every_task_is_reported_once_and_every_reported_outcome_is_true()
    {
        var job = BatchShell.NewId("faulty");
        var result = _shell.Run("""
            $null = New-BatchJob -Id $job -PoolId pool1
            1..200 | ForEach-Object { [AzBatchJobs.Client.Models.BatchTaskCreateOptions]@{ Id = "f$_"; CommandLine = 'x' } } |
                Add-BatchTaskCollection -JobId $job -ThrottleLimit 8 -ErrorAction SilentlyContinue -ErrorVariable failures
            '---'
            $failures.Count
            """, ("job", job));
        Assert.Null(result.TerminatingError);
        var separator = result.Lines.ToList().IndexOf("---");
        var outcomes = result.Output.Take(separator).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"f{i}").Order(), outcomes.Select(o => (string)o.Properties["TaskId"].Value).Order());
        var status = outcomes.ToDictionary(o => (string)o.Properties["TaskId"].Value, o => o.Properties["Status"].Value.ToString());
        Assert.All(status.Values, s => Assert.Contains(s, new[] { "Added", "Failed" }));
        Assert.Contains(outcomes, o => Convert.ToInt32(o.Properties["Attempts"].Value) > 1);
        Assert.Equal(status.Values.Count(s => s == "Failed").ToString(), result.Lines[separator + 1]);

        var listed = _shell.TaskIds(job).ToHashSet();
        Assert.All(status.Where(s => s.Value == "Added"), s => Assert.Contains(s.Key, listed));
        Assert.All(status.Where(s => s.Value == "Failed"), s => Assert.DoesNotContain(s.Key, listed));
    }
}
