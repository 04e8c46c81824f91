using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// How a run of Add-BatchTaskCollection ends early: -ErrorAction Stop (settle what was sent, then stop),
/// Ctrl+C or a stopped pipeline (cancel), or a failure of the whole submission; each with its summary.
/// </summary>
public sealed partial class AddBatchTaskCollectionCommand
{
    /// <summary>The pipeline ended without EndProcessing (Ctrl+C while another command ran, or an upstream error).</summary>
    protected override void OnDisposing()
    {
        if (_work is null || _finished) return;
        CancelWork();
        try
        {
            _work.Wait();
        }
        catch (System.AggregateException)
        {
        }
        WriteSummary("was stopped");
    }

    /// <summary>Writes a non-terminating error; under -ErrorAction Stop, takes no more input and sends nothing new.</summary>
    private void WriteErrorOrStop(ErrorRecord record)
    {
        try
        {
            WriteError(record);
        }
        catch (PipelineStoppedException stop) when (!Stopping)
        {
            // PowerShell records the error as the one that ends the pipeline and throws this; not Ctrl+C (that sets Stopping).
            _stopError = stop;
            if (_feed is not null) _discarded += _feed.Discard();
        }
    }

    /// <summary>After an error under -ErrorAction Stop: waits for the requests already sent, sums up, and stops.</summary>
    private void StopIfAsked()
    {
        if (_stopError is null) return;
        if (_dispatcher is not null && _work is not null && !_finished)
        {
            Pumping(_dispatcher.PumpToEnd);
            Pumping(() => _work.GetAwaiter().GetResult());
            CompleteProgress();
            WriteSummary("stopped at an error (-ErrorAction Stop) after the requests already sent were answered");
        }
        throw _stopError;
    }

    /// <summary>Runs pipeline-thread work of the submission; a stop (Ctrl+C) ends with the summary of what happened.</summary>
    private void Pumping(System.Action step)
    {
        try
        {
            step();
        }
        catch (System.OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            WriteSummary("was stopped");
            throw new PipelineStoppedException();
        }
        catch (PipelineStoppedException)
        {
            WriteSummary("was stopped");
            throw;
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            // The submission as a whole failed (e.g. an invalid job id): a terminating error, after the summary.
            WriteSummary("ended at an error");
            ThrowTerminatingError(BatchErrorMapper.ToErrorRecord(e, JobId));
        }
    }

    /// <summary>The counts of a run that ends early, on the warning stream; after Ctrl+C, when the pipeline takes nothing more, on the host.</summary>
    private void WriteSummary(string how)
    {
        if (_finished) return;
        _finished = true;
        var summary = _tally.StoppedSummary(how, JobId!, (_feed?.Unread ?? 0) + _discarded + FileTasksNotRead);
        if (!Stopping)
        {
            try
            {
                WriteWarning(summary);
                return;
            }
            catch (PipelineStoppedException) when (!Stopping)
            {
                // -WarningAction Stop: the warning was written; the run ends with its own error.
                return;
            }
            catch (PipelineStoppedException)
            {
            }
        }
        Host?.UI?.WriteWarningLine(summary);
    }
}
