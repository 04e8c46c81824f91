using AzBatchJobs.Client.Bulk;
using static AzBatchJobs.Client.Tests.Bulk.EngineTestKit;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>The engine against a service that throttles every request arriving while more than two are in flight.</summary>
public class BulkTaskEngineThrottlingTests
{
    private const int StormEnds = 120;

    [Fact]
    public async Task Under_throttling_the_requests_in_flight_drop_then_recover_when_it_ends()
    {
        var fake = new FakeTaskCollectionSender { Latency = TimeSpan.FromMilliseconds(20), RetryAfter = TimeSpan.FromMilliseconds(20) };
        fake.Faults = call => call.Number <= StormEnds && call.InFlight > 2 ? FakeFault.Throttle : FakeFault.None;

        var outcomes = await RunAsync(fake, Tasks(20_000), Fast(parallel: 8, maxRetries: 20));

        AssertEveryInputOnce(outcomes, 20_000);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        var calls = fake.Calls;
        Assert.Equal(8, calls.Take(8).Max(c => c.InFlight));
        // Past the first rounds of the storm, the engine keeps few requests in flight (at a fixed 8, all would
        // arrive with more than four in flight) and most are not throttled (at a fixed 8, three in four would be).
        var storm = calls.Where(c => c.Number > 40 && c.Number <= StormEnds).ToList();
        int crowded = storm.Count(c => c.InFlight > 4);
        int throttled = storm.Count(c => c.InFlight > 2);
        Assert.True(crowded < 10, $"{crowded} of {storm.Count} requests arrived with more than 4 in flight");
        Assert.True(throttled < storm.Count / 2, $"{throttled} of {storm.Count} requests were throttled");
        // Once the storm is over the limit grows back to the maximum.
        Assert.Equal(8, calls.Where(c => c.Number > StormEnds + 40).Max(c => c.InFlight));
    }
}
