using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>One-shot wake-ups for the engine's waits.</summary>
internal static class Signals
{
    public static TaskCompletionSource<bool> New() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits for <paramref name="wait"/>; throws OperationCanceledException if the token fires first.</summary>
    public static async Task WaitAsync(Task wait, CancellationToken cancellationToken)
    {
        if (wait.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            await wait.ConfigureAwait(false);
            return;
        }

        var cancelled = New();
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            await Task.WhenAny(wait, cancelled.Task).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
