using AzBatchJobs.Client.Bulk;
using static AzBatchJobs.Client.Tests.Bulk.EngineTestKit;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>Unknown outcomes are settled by listing the job's tasks by id: requests per request, not per task.</summary>
public class BulkTaskEngineSettlingTests
{
    [Fact]
    public async Task Settling_lost_answers_costs_a_few_listings_per_request_and_no_lookup_per_task()
    {
        // Every request's first copy is committed and its answer lost: every resend meets TaskExists for all.
        var firstCopies = new HashSet<string>();
        var fake = new FakeTaskCollectionSender
        {
            Faults = call =>
            {
                lock (firstCopies)
                {
                    return firstCopies.Add(call.TaskIds[0]) ? FakeFault.CommitThenLose : FakeFault.None;
                }
            },
        };

        var outcomes = await RunAsync(fake, Tasks(2_000), Fast(parallel: 4));

        AssertEveryInputOnce(outcomes, 2_000);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.Equal(0, fake.Lookups);
        // 20 requests of 100 ids of 11 characters: two listings each fit the URL limit.
        Assert.InRange(fake.Listings, 20, 40);
    }

    [Fact]
    public async Task A_failing_listing_is_retried_by_the_engine_then_answers()
    {
        var fake = new FakeTaskCollectionSender
        {
            Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.None,
            QueryFaults = n => n <= 2 ? TaskQueryResult.Failed(503, "ServerBusy: busy", retriable: true, TimeSpan.FromMilliseconds(5)) : null,
        };

        var outcomes = await RunAsync(fake, Tasks(50), Fast(parallel: 1));

        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.Equal(3, fake.Listings);
    }

    [Fact]
    public async Task When_every_listing_fails_the_tasks_are_unknown_after_the_retry_limit()
    {
        var fake = new FakeTaskCollectionSender
        {
            Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.None,
            QueryFaults = _ => TaskQueryResult.Failed(500, "InternalError: broken", retriable: true),
        };

        var outcomes = await RunAsync(fake, Tasks(10), Fast(parallel: 1, maxRetries: 2));

        Assert.All(outcomes, o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Unknown, o.Status);
            Assert.Contains("could not be checked: InternalError: broken", o.ErrorMessage);
        });
        Assert.Equal(3, fake.Listings);
    }

    [Fact]
    public async Task A_task_the_service_says_exists_but_the_listing_misses_is_looked_up_by_id()
    {
        // The listing compares ids by case; the stored task's id differs in case from ours.
        var fake = new CaseSensitiveListing { Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.None };

        var outcomes = ById(await RunAsync(fake, new[] { Payload("Mixed-Case"), Payload("lower") }, Fast(parallel: 1)));

        Assert.All(outcomes.Values, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.Equal(1, fake.Lookups);
    }

    /// <summary>Lists only ids that match exactly, as a service comparing ids by case in $filter would.</summary>
    private sealed class CaseSensitiveListing : ITaskCollectionSender
    {
        private readonly FakeTaskCollectionSender inner = new();

        public Func<FakeCall, FakeFault> Faults { set => inner.Faults = value; }

        public int Lookups => inner.Lookups;

        public Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
            inner.SendAsync(jobId, body, cancellationToken);

        public async Task<TaskQueryResult> ListTasksAsync(string jobId, IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
        {
            var listed = await inner.ListTasksAsync(jobId, taskIds, cancellationToken);
            var exact = listed.Found.Where(f => f.Key.Any(char.IsUpper) == false).ToDictionary(f => f.Key, f => f.Value);
            return TaskQueryResult.Listed(exact, listed.ServiceTime);
        }

        public Task<TaskQueryResult> GetTaskAsync(string jobId, string taskId, CancellationToken cancellationToken) =>
            inner.GetTaskAsync(jobId, taskId, cancellationToken);
    }
}
