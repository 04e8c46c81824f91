using System;
using System.Threading;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// Routes the client's per-attempt traces to the cmdlet that made the call. One client serves the
/// whole session, so the receiver travels with the call's async flow rather than with the client.
/// </summary>
internal static class RequestTraceSink
{
    private static readonly AsyncLocal<Action<BatchRequestTrace>?> Receiver = new();

    public static void Publish(BatchRequestTrace trace) => Receiver.Value?.Invoke(trace);

    public static IDisposable Listen(Action<BatchRequestTrace> receiver)
    {
        var previous = Receiver.Value;
        Receiver.Value = receiver;
        return new Restore(previous);
    }

    private sealed class Restore : IDisposable
    {
        private readonly Action<BatchRequestTrace>? _previous;

        public Restore(Action<BatchRequestTrace>? previous) => _previous = previous;

        public void Dispose() => Receiver.Value = _previous;
    }
}
