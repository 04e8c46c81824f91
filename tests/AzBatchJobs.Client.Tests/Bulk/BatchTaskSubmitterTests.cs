using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.Bulk;

public class BatchTaskSubmitterTests
{
    [Fact]
    public async Task Invalid_tasks_fail_with_the_field_and_rule_and_are_never_sent()
    {
        var fake = new FakeTaskCollectionSender();
        var submitter = new BatchTaskSubmitter(fake, EngineTestKit.Fast());
        var input = new[]
        {
            new BatchTaskCreateOptions { Id = "good", CommandLine = "echo hi" },
            new BatchTaskCreateOptions { CommandLine = "echo no id" },
            new BatchTaskCreateOptions { Id = "bad id", CommandLine = "echo bad" },
            new BatchTaskCreateOptions { Id = "no-command" },
            new BatchTaskCreateOptions { Id = "no-slots", CommandLine = "echo", RequiredSlots = 0 },
            null!,
        };

        var outcomes = new List<BatchTaskSubmitOutcome>();
        await foreach (var outcome in submitter.SubmitAsync("job-1", input))
        {
            outcomes.Add(outcome);
        }

        var byIndex = outcomes.ToDictionary(o => o.InputIndex);
        Assert.Equal(BatchTaskSubmitStatus.Added, byIndex[0].Status);
        AssertFailed(byIndex[1], BulkErrorCodes.MissingTaskId, "task.Id is required");
        AssertFailed(byIndex[2], BulkErrorCodes.InvalidTaskId, "contains ' '");
        AssertFailed(byIndex[3], BulkErrorCodes.InvalidTask, "task.CommandLine is required");
        AssertFailed(byIndex[4], BulkErrorCodes.InvalidTask, "task.RequiredSlots is 0; it must be at least 1");
        AssertFailed(byIndex[5], BulkErrorCodes.MissingTaskId, "null task");
        Assert.Equal(new[] { "good" }, fake.Calls.SelectMany(c => c.TaskIds));
    }

    private static void AssertFailed(BatchTaskSubmitOutcome outcome, string code, string message)
    {
        Assert.Equal(BatchTaskSubmitStatus.Failed, outcome.Status);
        Assert.Equal(code, outcome.ErrorCode);
        Assert.Contains(message, outcome.ErrorMessage);
        Assert.Equal(0, outcome.Attempts);
    }
}
