using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Resource usage statistics for a Task.</summary>
public sealed class BatchTaskStatistics
{
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; set; }

    [JsonPropertyName("lastUpdateTime")]
    public DateTimeOffset? LastUpdateTime { get; set; }

    [JsonPropertyName("userCPUTime")]
    public TimeSpan? UserCpuTime { get; set; }

    [JsonPropertyName("kernelCPUTime")]
    public TimeSpan? KernelCpuTime { get; set; }

    [JsonPropertyName("wallClockTime")]
    public TimeSpan? WallClockTime { get; set; }

    [JsonPropertyName("readIOps")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ReadIops { get; set; }

    [JsonPropertyName("writeIOps")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? WriteIops { get; set; }

    [JsonPropertyName("readIOGiB")]
    public double? ReadIoGiB { get; set; }

    [JsonPropertyName("writeIOGiB")]
    public double? WriteIoGiB { get; set; }

    [JsonPropertyName("waitTime")]
    public TimeSpan? WaitTime { get; set; }
}
