namespace AzBatchJobs.Client;

/// <summary>How far <see cref="BatchClient.WaitForTasksAsync"/> has got, reported after every check.</summary>
public sealed class BatchTasksWaitProgress
{
    public BatchTasksWaitProgress(int completed, int total)
    {
        Completed = completed;
        Total = total;
    }

    /// <summary>The tasks seen completed (or gone) so far.</summary>
    public int Completed { get; }

    /// <summary>The tasks waited for.</summary>
    public int Total { get; }
}
