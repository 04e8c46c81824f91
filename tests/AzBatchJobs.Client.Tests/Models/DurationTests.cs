using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Models;

public sealed class DurationTests
{
    [Theory]
    [InlineData("PT1H", 0, 1, 0, 0)]
    [InlineData("PT15M", 0, 0, 15, 0)]
    [InlineData("P1DT2H30M", 1, 2, 30, 0)]
    [InlineData("PT0.5S", 0, 0, 0, 0.5)]
    public void Iso_8601_durations_read_as_TimeSpan(string wire, int days, int hours, int minutes, double seconds)
    {
        var constraints = WireJson.Read<BatchTaskConstraints>($$"""{"maxWallClockTime":"{{wire}}"}""");

        Assert.Equal(new TimeSpan(days, hours, minutes, 0) + TimeSpan.FromSeconds(seconds), constraints.MaxWallClockTime);
    }

    [Fact]
    public void The_service_infinite_duration_is_TimeSpan_MaxValue_both_ways()
    {
        var constraints = WireJson.Read<BatchJobConstraints>("""{"maxWallClockTime":"P10675199DT2H48M5.4775807S"}""");

        Assert.Equal(TimeSpan.MaxValue, constraints.MaxWallClockTime);
        Assert.Equal("""{"maxWallClockTime":"P10675199DT2H48M5.4775807S"}""", BatchJson.Serialize(constraints));
    }

    [Fact]
    public void TimeSpans_are_written_as_iso_8601()
    {
        var task = new BatchJobReleaseTask
        {
            CommandLine = "cleanup",
            MaxWallClockTime = TimeSpan.FromMinutes(15),
            RetentionTime = TimeSpan.FromDays(7) + TimeSpan.FromHours(12),
        };

        JsonElement json = WireJson.Write(task);

        Assert.Equal("PT15M", json.GetProperty("maxWallClockTime").GetString());
        Assert.Equal("P7DT12H", json.GetProperty("retentionTime").GetString());
    }

    [Fact]
    public void A_duration_that_is_not_iso_8601_is_rejected_naming_the_field_and_the_rule()
    {
        var error = Assert.Throws<JsonException>(() =>
            BatchJson.Deserialize<BatchJob>("""{"id":"j","constraints":{"maxWallClockTime":"01:00:00"}}"""));

        Assert.Contains("'01:00:00' is not an ISO 8601 duration", error.Message);
        Assert.Contains("$.constraints.maxWallClockTime", error.Message);
        Assert.Equal("$.constraints.maxWallClockTime", error.Path);
    }

    [Fact]
    public void A_duration_given_as_a_number_is_rejected()
    {
        var error = Assert.Throws<JsonException>(() => BatchJson.Deserialize<BatchTaskConstraints>("""{"retentionTime":3600}"""));

        Assert.Contains("ISO 8601", error.Message);
        Assert.Contains("$.retentionTime", error.Message);
    }

    [Fact]
    public void Durations_in_statistics_read_with_their_string_encoded_counters()
    {
        var stats = WireJson.RoundTrip<BatchJobStatistics>("""
            {"url":"https://a/jobs/j/stats","startTime":"2024-01-01T00:00:00Z","lastUpdateTime":"2024-01-01T01:00:00Z",
             "userCPUTime":"PT2M","kernelCPUTime":"PT1.25S","wallClockTime":"PT1H","readIOps":"12","writeIOps":"3000000000",
             "readIOGiB":0.5,"writeIOGiB":1.25,"numSucceededTasks":"7","numFailedTasks":"1","numTaskRetries":"2","waitTime":"PT3S"}
            """);

        Assert.Equal(TimeSpan.FromMinutes(2), stats.UserCpuTime);
        Assert.Equal(TimeSpan.FromSeconds(1.25), stats.KernelCpuTime);
        Assert.Equal(3_000_000_000L, stats.WriteIops);
        Assert.Equal(1.25, stats.WriteIoGiB);
        Assert.Equal(7L, stats.NumSucceededTasks);
    }
}
