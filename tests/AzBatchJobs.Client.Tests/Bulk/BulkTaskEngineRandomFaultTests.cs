using AzBatchJobs.Client.Bulk;
using static AzBatchJobs.Client.Tests.Bulk.EngineTestKit;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>Every kind of fault at once, over many seeds: every outcome must be true of the fake job.</summary>
public class BulkTaskEngineRandomFaultTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_outcome_is_true_under_random_faults(int seed)
    {
        var random = new Random(seed);
        double Next()
        {
            lock (random)
            {
                return random.NextDouble();
            }
        }

        var fake = new FakeTaskCollectionSender
        {
            RetryAfter = TimeSpan.FromMilliseconds(1),
            ServiceMaxBodyBytes = 4_000,
            Faults = _ => Next() switch
            {
                < 0.10 => FakeFault.CommitThenLose,
                < 0.20 => FakeFault.FailBeforeCommit,
                < 0.25 => FakeFault.Throttle,
                < 0.30 => FakeFault.TransportRetryAfterCommit,
                _ => FakeFault.None,
            },
        };
        fake.PerTask = id => Next() < 0.03
            ? (new TaskAddItemResult(id, TaskAddItemStatus.ServerError, "ServerError", "Try again."), Next() < 0.5)
            : null;
        var input = Tasks(400).ToList();
        var preExisting = input.Where(_ => Next() < 0.1).Select(t => t.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in preExisting)
        {
            fake.PreExisting(id, DateTimeOffset.UtcNow.AddMinutes(-5));
        }

        var outcomes = await RunAsync(fake, input, Fast(parallel: 3, maxRetries: 10));

        AssertEveryInputOnce(outcomes, input.Count);
        foreach (var outcome in outcomes)
        {
            bool wasThere = preExisting.Contains(outcome.TaskId);
            switch (outcome.Status)
            {
                case BatchTaskSubmitStatus.Added:
                    Assert.False(wasThere, $"{outcome.TaskId} existed before but was reported Added");
                    Assert.True(fake.Store.ContainsKey(outcome.TaskId));
                    break;
                case BatchTaskSubmitStatus.AlreadyExisted:
                    Assert.True(wasThere, $"{outcome.TaskId} was reported AlreadyExisted but this run added it");
                    break;
                case BatchTaskSubmitStatus.Failed:
                    Assert.True(wasThere || !fake.Store.ContainsKey(outcome.TaskId), $"{outcome.TaskId} reported Failed but is in the job");
                    break;
                default:
                    Assert.Fail($"{outcome.TaskId}: {outcome.Status} without cancellation");
                    break;
            }
        }

        Assert.Equal(input.Count, fake.Store.Count(entry => preExisting.Contains(entry.Key) || outcomes.Any(o => o.TaskId == entry.Key && o.Status == BatchTaskSubmitStatus.Added)));
        Assert.True(outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Added) >= input.Count - preExisting.Count - 5);
    }
}
