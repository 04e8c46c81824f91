using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Store;

/// <summary>
/// A job schedule as stored: the wire document, how many jobs it has made (its jobs are named
/// "{id}:job-{n}") and when it made the last one.
/// </summary>
internal sealed record JobScheduleRecord(string Key, string Id, string State, JsonObject Doc, long JobCount, DateTime? LastRun)
{
    public EntityVersion Version => StoredDoc.Version(Doc);

    /// <summary>The id of the job it made last, if any (executionInfo.recentJob).</summary>
    public string? RecentJobId => (string?)Doc["executionInfo"]?["recentJob"]?["id"];
}
