using System.Threading;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Running totals of one submission: tasks read (by the reader) and outcomes delivered (by the consumer).</summary>
internal sealed class SubmissionCounters
{
    private long read;
    private long added;
    private long alreadyExisted;
    private long failed;
    private long unresolved;

    public long Read => Interlocked.Read(ref read);

    public void CountRead() => Interlocked.Increment(ref read);

    public void Count(BatchTaskSubmitStatus status)
    {
        switch (status)
        {
            case BatchTaskSubmitStatus.Added:
                Interlocked.Increment(ref added);
                break;
            case BatchTaskSubmitStatus.AlreadyExisted:
                Interlocked.Increment(ref alreadyExisted);
                break;
            case BatchTaskSubmitStatus.Failed:
                Interlocked.Increment(ref failed);
                break;
            default:
                Interlocked.Increment(ref unresolved);
                break;
        }
    }

    public BatchTaskSubmitProgress Snapshot(long? total, System.TimeSpan elapsed) => new BatchTaskSubmitProgress
    {
        Read = Interlocked.Read(ref read),
        Added = Interlocked.Read(ref added),
        AlreadyExisted = Interlocked.Read(ref alreadyExisted),
        Failed = Interlocked.Read(ref failed),
        Unresolved = Interlocked.Read(ref unresolved),
        Total = total,
        Elapsed = elapsed,
    };
}
