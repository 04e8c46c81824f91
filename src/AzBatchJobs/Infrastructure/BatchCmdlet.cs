using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// What every Batch cmdlet shares: -Context, the client call bridged from the pipeline thread
/// (verbose per request, cancellation on Ctrl+C), and errors mapped to ErrorRecords.
/// </summary>
public abstract class BatchCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private BatchAccountContext? _resolvedContext;

    /// <summary>The account to use instead of the session's default connection.</summary>
    [Parameter]
    public BatchAccountContext? Context { get; set; }

    protected BatchClient Client => ResolvedContext.Client;

    protected BatchAccountContext ResolvedContext
    {
        get
        {
            if (_resolvedContext is not null) return _resolvedContext;
            try
            {
                return _resolvedContext = BatchSession.Resolve(Context);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                ThrowTerminatingError(new ErrorRecord(e, "BatchNoConnection", ErrorCategory.ConnectionError, null)
                {
                    ErrorDetails = new ErrorDetails(e.Message + " Run Connect-BatchAccount (or Start-BatchEmulator), or pass -Context."),
                });
                throw;
            }
        }
    }

    protected CancellationToken StopToken => _cancellation.Token;

    /// <summary>Runs a client call; verbose and debug lines about its requests appear as they happen.</summary>
    protected T Call<T>(Func<BatchClient, CancellationToken, Task<T>> call)
    {
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        return Bridge(dispatcher, token => call(client, token));
    }

    /// <summary>Streams a listing: each item reaches <paramref name="onItem"/> on the pipeline thread as its page arrives.</summary>
    protected void Stream<T>(Func<BatchClient, CancellationToken, IAsyncEnumerable<T>> list, Action<T> onItem, int? maxCount = null)
    {
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        Bridge(dispatcher, async token =>
        {
            var count = 0;
            await foreach (var item in list(client, token).WithCancellation(token).ConfigureAwait(false))
            {
                if (maxCount is not null && count >= maxCount) break;
                count++;
                dispatcher.Post(() => onItem(item));
            }
            return count;
        });
    }

    /// <summary>Runs async work that posts its own pipeline actions (progress, output) through the dispatcher.</summary>
    private protected T Bridge<T>(PipelineDispatcher dispatcher, Func<CancellationToken, Task<T>> work)
    {
        try
        {
            return dispatcher.Run(token => Observed(dispatcher, () => work(token)), _cancellation);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (OperationCanceledException e)
        {
            // Not Ctrl+C: Azure.Core's network timeout surfaces as a cancellation.
            throw new TimeoutException("The request to the Batch service timed out.", e);
        }
    }

    /// <summary>Starts async work whose actions the caller pumps on the pipeline thread (see PipelineDispatcher).</summary>
    private protected Task<T> StartBridged<T>(PipelineDispatcher dispatcher, Func<CancellationToken, Task<T>> work) =>
        dispatcher.Start(token => Observed(dispatcher, () => work(token)), _cancellation);

    /// <summary>Cancels the cmdlet's work, as Ctrl+C does.</summary>
    private protected void CancelWork() => _cancellation.Cancel();

    /// <summary>Writes a failure as a non-terminating error, or rethrows it when it is not a Batch failure.</summary>
    protected void WriteBatchError(Exception exception, object? target)
    {
        if (!BatchErrorMapper.IsBatchFailure(exception)) ExceptionDispatchInfo.Capture(exception).Throw();
        WriteError(BatchErrorRecord(exception, target));
    }

    /// <summary>The ErrorRecord for a failure, with client field names said as this cmdlet's parameters.</summary>
    protected ErrorRecord BatchErrorRecord(Exception exception, object? target) =>
        BatchErrorMapper.ToErrorRecord(exception, target, field => ParameterNames.For(field, MyInvocation));

    /// <summary>Runs a call for one target; a Batch failure becomes a non-terminating error and returns false.</summary>
    protected bool TryCall<T>(object? target, Func<BatchClient, CancellationToken, Task<T>> call, out T result)
    {
        try
        {
            result = Call(call);
            return true;
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteError(BatchErrorRecord(e, target));
            result = default!;
            return false;
        }
    }

    /// <summary>Reads a job back after a change and writes it (a failure is a non-terminating error).</summary>
    protected void WriteJob(string jobId)
    {
        if (TryCall(jobId, async (client, token) => (await client.GetJobAsync(jobId, cancellationToken: token).ConfigureAwait(false)).Value, out var job))
            WriteObject(job);
    }

    /// <summary>Reads a task back after a change and writes it (a failure is a non-terminating error).</summary>
    protected void WriteTask(string jobId, string taskId)
    {
        if (TryCall($"{jobId}/{taskId}", async (client, token) => (await client.GetTaskAsync(jobId, taskId, cancellationToken: token).ConfigureAwait(false)).Value, out var task))
            WriteObject(task);
    }

    /// <summary>
    /// ShouldProcess, except that -Force skips the confirmation prompt (never -WhatIf).
    /// </summary>
    protected bool ShouldProcessUnlessForced(string target, string action, bool force)
    {
        if (force && !WhatIfRequested && !ConfirmRequested) return true;
        return ShouldProcess(target, action);
    }

    protected override void StopProcessing() => _cancellation.Cancel();

    public void Dispose()
    {
        OnDisposing();
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called when PowerShell disposes the cmdlet, also when the pipeline stopped before EndProcessing.</summary>
    protected virtual void OnDisposing()
    {
    }

    private bool WhatIfRequested =>
        (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf) && IsTrue(whatIf))
        || IsTrue(GetVariableValue("WhatIfPreference"));

    private bool ConfirmRequested =>
        MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm) && IsTrue(confirm);

    private static bool IsTrue(object? value) => value switch
    {
        SwitchParameter s => s.IsPresent,
        bool b => b,
        PSObject p => IsTrue(p.BaseObject),
        _ => false,
    };

    private async Task<T> Observed<T>(PipelineDispatcher dispatcher, Func<Task<T>> work)
    {
        using (RequestTraceSink.Listen(trace => dispatcher.Post(() => WriteTrace(trace))))
        {
            return await work().ConfigureAwait(false);
        }
    }

    private void WriteTrace(BatchRequestTrace trace)
    {
        if (trace.Attempt == 1)
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0} {1} (client-request-id {2})", trace.Method, trace.Uri, trace.ClientRequestId));
        else
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0} {1} retry {2} (client-request-id {3})", trace.Method, trace.Uri, trace.Attempt - 1, trace.ClientRequestId));
        WriteDebug(trace.ToString());
    }
}
