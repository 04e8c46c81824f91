using System;
using System.Collections.Generic;
using System.Globalization;

namespace AzBatchJobs.Emulator.Node;

/// <summary>A range of integer task ids, both ends included (the spec's BatchTaskIdRange).</summary>
internal sealed record TaskIdRangeSpec(int Start, int End);

/// <summary>The spec's BatchTaskDependencies of a task.</summary>
internal sealed record TaskDependenciesSpec(IReadOnlyList<string> TaskIds, IReadOnlyList<TaskIdRangeSpec> TaskIdRanges);

/// <summary>The state of a task another task depends on.</summary>
/// <param name="Completed">The task is in the completed state.</param>
/// <param name="Satisfies">Its completion satisfies dependents: success, or a dependencyAction of satisfy.</param>
internal sealed record DependencyParentState(bool Completed, bool Satisfies);

internal enum DependencyStatus
{
    /// <summary>Every task depended on completed and satisfies: the task may run.</summary>
    Satisfied,
    /// <summary>Some task depended on has not completed (or does not exist yet).</summary>
    Waiting,
    /// <summary>Some task depended on completed with dependencyAction block: the task never runs.</summary>
    Blocked,
}

/// <summary>
/// Decides whether a task's dependencies (by ids and by id ranges) let it run. Ids in a range are
/// the decimal forms of the integers in it ("9" to "12"); ids are case-insensitive.
/// </summary>
internal static class TaskDependencyEvaluator
{
    public static DependencyStatus Evaluate(TaskDependenciesSpec? dependencies, Func<string, DependencyParentState?> lookup)
    {
        if (dependencies is null)
        {
            return DependencyStatus.Satisfied;
        }
        var status = DependencyStatus.Satisfied;
        foreach (string id in ParentIds(dependencies))
        {
            DependencyParentState? parent = lookup(id);
            if (parent is null || !parent.Completed)
            {
                status = DependencyStatus.Waiting;
            }
            else if (!parent.Satisfies)
            {
                return DependencyStatus.Blocked;
            }
        }
        return status;
    }

    private static IEnumerable<string> ParentIds(TaskDependenciesSpec dependencies)
    {
        foreach (string id in dependencies.TaskIds)
        {
            yield return id;
        }
        foreach (TaskIdRangeSpec range in dependencies.TaskIdRanges)
        {
            if (range.End < range.Start)
            {
                throw new ArgumentException($"dependsOn.taskIdRanges: start {range.Start} is greater than end {range.End}.", nameof(dependencies));
            }
            for (long id = range.Start; id <= range.End; id++)
            {
                yield return id.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
