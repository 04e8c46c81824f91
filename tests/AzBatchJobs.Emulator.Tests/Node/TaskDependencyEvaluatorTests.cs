using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskDependencyEvaluatorTests
{
    private static readonly DependencyParentState Done = new(true, true);
    private static readonly DependencyParentState Running = new(false, false);
    private static readonly DependencyParentState FailedBlocking = new(true, false);

    private static DependencyStatus Evaluate(TaskDependenciesSpec spec, Dictionary<string, DependencyParentState> tasks)
    {
        var byId = new Dictionary<string, DependencyParentState>(tasks, StringComparer.OrdinalIgnoreCase);
        return TaskDependencyEvaluator.Evaluate(spec, id => byId.GetValueOrDefault(id));
    }

    [Fact]
    public void Ids_and_ranges_must_all_be_completed_and_satisfying()
    {
        var spec = new TaskDependenciesSpec(["Prep"], [new TaskIdRangeSpec(1, 3)]);

        Assert.Equal(DependencyStatus.Satisfied,
            Evaluate(spec, new() { ["prep"] = Done, ["1"] = Done, ["2"] = Done, ["3"] = Done }));
        Assert.Equal(DependencyStatus.Waiting,
            Evaluate(spec, new() { ["prep"] = Done, ["1"] = Done, ["2"] = Running, ["3"] = Done }));
        Assert.Equal(DependencyStatus.Waiting,
            Evaluate(spec, new() { ["prep"] = Done, ["1"] = Done, ["3"] = Done }));
        Assert.Equal(DependencyStatus.Blocked,
            Evaluate(spec, new() { ["prep"] = Done, ["1"] = Running, ["2"] = FailedBlocking, ["3"] = Done }));
    }

    [Fact]
    public void No_dependencies_is_satisfied_and_a_reversed_range_is_refused()
    {
        Assert.Equal(DependencyStatus.Satisfied, TaskDependencyEvaluator.Evaluate(null, _ => null));

        var error = Assert.Throws<ArgumentException>(() =>
            Evaluate(new TaskDependenciesSpec([], [new TaskIdRangeSpec(5, 2)]), new()));
        Assert.StartsWith("dependsOn.taskIdRanges:", error.Message);
    }
}
