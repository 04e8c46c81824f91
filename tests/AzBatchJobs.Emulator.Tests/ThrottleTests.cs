using System.Diagnostics;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>--throttle-rate and --throttle-for: 429 with Retry-After above a request rate.</summary>
public sealed class ThrottleTests
{
    private static void NewConnection(HttpRequestMessage request) => request.Headers.ConnectionClose = true;

    [Fact]
    public async Task Requests_over_the_rate_get_429_with_Retry_After_and_the_rest_go_on()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, ThrottleRate = 2 });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        var clock = Stopwatch.StartNew();
        var statuses = new List<int>();
        for (int i = 0; i < 12; i++)
        {
            using var response = await http.GetAsync("/jobs", NewConnection);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "a 429 without Retry-After");
                Assert.Equal("TooManyRequests", (await BatchHttp.ReadJsonAsync(response))["code"]!.GetValue<string>());
            }
        }

        // A bucket of 2 tokens refilled at 2 per second lets through at most 2 + 2 per second elapsed.
        int allowed = 2 + (int)Math.Ceiling(clock.Elapsed.TotalSeconds * 2);
        Assert.All(statuses, s => Assert.True(s is 200 or 429, $"status {s}"));
        Assert.InRange(statuses.Count(s => s == 200), 2, allowed);
        Assert.Equal(200, statuses[0]);
    }

    [Fact]
    public async Task Throttling_ends_its_duration_after_the_first_request_it_throttled()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions
        {
            Slots = 0, Port = 0, InMemory = true, ThrottleRate = 1, ThrottleSeconds = 1,
        });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        bool throttled = false;
        for (int i = 0; i < 20 && !throttled; i++)
        {
            using var response = await http.GetAsync("/jobs", NewConnection);
            throttled = response.StatusCode == HttpStatusCode.TooManyRequests;
        }

        Assert.True(throttled, "one request a second was never exceeded");
        // The storm began with that 429 and lasts one second.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        for (int i = 0; i < 10; i++)
        {
            using var response = await http.GetAsync("/jobs", NewConnection);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void The_options_are_read_from_the_command_line()
    {
        var options = CommandLine.Parse(["--throttle-rate", "20", "--throttle-for", "5"])!;

        Assert.Equal(20, options.ThrottleRate);
        Assert.Equal(5, options.ThrottleSeconds);
        Assert.Contains("--throttle-rate N", CommandLine.Usage);
    }

    [Theory]
    [InlineData(new[] { "--throttle-rate", "-1" }, "--throttle-rate")]
    [InlineData(new[] { "--throttle-rate", "x" }, "--throttle-rate")]
    [InlineData(new[] { "--throttle-rate", "5", "--throttle-for", "0" }, "--throttle-for")]
    [InlineData(new[] { "--throttle-for", "5" }, "--throttle-for")]
    public void Bad_throttle_options_name_the_option(string[] args, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));
        Assert.Contains(named, error.Message);
    }
}
