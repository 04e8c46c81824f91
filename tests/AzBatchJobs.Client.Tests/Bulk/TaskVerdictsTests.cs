using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>Each task sent gets the result the answer holds for its id, whatever the answer's order.</summary>
public class TaskVerdictsTests
{
    private static List<PendingTask> Sent(params string[] ids) =>
        ids.Select((id, i) => new PendingTask(id, Array.Empty<byte>(), i)).ToList();

    private static TaskAddItemResult Result(string id, TaskAddItemStatus status = TaskAddItemStatus.Success, string? code = null) =>
        new TaskAddItemResult(id, status, code);

    [Fact]
    public void An_answer_in_the_request_order_matches_each_task_to_its_own_result()
    {
        var results = new[] { Result("a"), Result("B", TaskAddItemStatus.ClientError, "TaskExists"), Result("c") };

        var aligned = TaskVerdicts.Align(Sent("a", "b", "c"), results);

        Assert.Same(results[0], aligned[0]);
        Assert.Same(results[1], aligned[1]);
        Assert.Same(results[2], aligned[2]);
    }

    [Fact]
    public void An_answer_in_another_order_still_matches_by_id_ignoring_case()
    {
        var results = new[] { Result("C"), Result("a"), Result("b", TaskAddItemStatus.ServerError) };

        var aligned = TaskVerdicts.Align(Sent("a", "b", "c"), results);

        Assert.Same(results[1], aligned[0]);
        Assert.Same(results[2], aligned[1]);
        Assert.Same(results[0], aligned[2]);
    }

    [Fact]
    public void A_task_the_answer_leaves_out_has_no_result()
    {
        var aligned = TaskVerdicts.Align(Sent("a", "b", "c"), new[] { Result("a"), Result("c") });

        Assert.NotNull(aligned[0]);
        Assert.Null(aligned[1]);
        Assert.Equal("c", aligned[2]!.TaskId);
    }

    [Fact]
    public void Results_for_ids_not_sent_are_ignored_and_a_repeated_id_counts_its_last_result()
    {
        var last = Result("b", TaskAddItemStatus.ClientError, "TaskExists");
        var aligned = TaskVerdicts.Align(Sent("a", "b"), new[] { Result("zz"), Result("b"), Result("a"), last });

        Assert.Equal("a", aligned[0]!.TaskId);
        Assert.Same(last, aligned[1]);
    }

    [Fact]
    public void An_answer_of_the_same_length_with_one_id_out_of_place_is_matched_by_id()
    {
        var results = new[] { Result("a"), Result("a", TaskAddItemStatus.ClientError, "TaskExists") };

        var aligned = TaskVerdicts.Align(Sent("a", "b"), results);

        Assert.Same(results[1], aligned[0]);
        Assert.Null(aligned[1]);
    }
}
