using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Decides whether an existing task was created by this submission, from its creationTime.
/// The service stamps creationTime after it receives our request, so a task we added was created no
/// earlier than our first send, read on the service's clock. Our clock and the service's are related by
/// a lower bound of their offset: a service timestamp minus our clock when we read the answer carrying
/// it (a service stamp always precedes our reading it). The lookup's Date header gives one (whole
/// seconds); the lastModified of tasks this submission added gives a sharper one (off by at most a
/// round trip). Using a lower bound means our own tasks always pass; a task someone else created
/// within that error before our first send would pass too.</summary>
internal static class AddedBySubmissionRule
{
    /// <summary>Allowed clock offset when the service gave no timestamp at all.</summary>
    public static readonly TimeSpan OffsetWithoutServiceTime = TimeSpan.FromMinutes(5);

    public static bool WasAddedBySubmission(DateTimeOffset firstSentAt, DateTimeOffset creationTime, TimeSpan? offsetLowerBound) =>
        creationTime >= firstSentAt + (offsetLowerBound ?? -OffsetWithoutServiceTime);
}
