using System.Collections;
using System.Management.Automation;

namespace AzBatchJobs.Tests.Harness;

/// <summary>The command runtime of one pipeline: records the streams and enforces the engine's rules.</summary>
internal sealed class PipelineRuntime : ICommandRuntime
{
    private readonly RunResult _result;
    private readonly RunSettings _settings;
    private readonly string _commandFullName;
    private readonly ConfirmImpact _confirmImpact;
    private readonly int _pipelineThread = Environment.CurrentManagedThreadId;
    private readonly Func<bool> _stopping;

    public PipelineRuntime(RunResult result, RunSettings settings, Type cmdletType, ConfirmImpact confirmImpact, Func<bool> stopping)
    {
        _stopping = stopping;
        _result = result;
        _settings = settings;
        _commandFullName = cmdletType.FullName!;
        _confirmImpact = confirmImpact;
    }

    public void WriteObject(object? sendToPipeline, bool enumerateCollection)
    {
        OnPipelineThread(nameof(WriteObject));
        if (enumerateCollection && sendToPipeline is IEnumerable items and not string and not IDictionary)
            foreach (var item in items) _result.Output.Add(item);
        else
            _result.Output.Add(sendToPipeline);
    }

    public void WriteError(ErrorRecord errorRecord)
    {
        OnPipelineThread(nameof(WriteError));
        Qualify(errorRecord);
        if (_settings.ErrorActionStop) throw new ActionPreferenceStopException(errorRecord);
        _result.Errors.Add(errorRecord);
    }

    public void WriteVerbose(string text)
    {
        OnPipelineThread(nameof(WriteVerbose));
        _result.Verbose.Add(text);
    }

    public void WriteDebug(string text)
    {
        OnPipelineThread(nameof(WriteDebug));
        _result.Debug.Add(text);
    }

    public void WriteWarning(string text)
    {
        OnPipelineThread(nameof(WriteWarning));
        _result.Warnings.Add(text);
    }

    public void WriteProgress(ProgressRecord progressRecord)
    {
        OnPipelineThread(nameof(WriteProgress));
        _result.Progress.Add(progressRecord);
    }

    public bool ShouldProcess(string? verboseDescription, string? verboseWarning, string? caption)
    {
        OnPipelineThread(nameof(ShouldProcess));
        if (_settings.WhatIf)
        {
            _result.WhatIf.Add("What if: " + verboseDescription);
            return false;
        }
        var confirmPreference = _settings.Confirm switch
        {
            true => ConfirmImpact.Low,
            false => ConfirmImpact.None,
            null => _settings.ConfirmPreference,
        };
        if (confirmPreference == ConfirmImpact.None || _confirmImpact < confirmPreference) return true;
        return Prompt(verboseWarning ?? verboseDescription ?? "");
    }

    public bool ShouldContinue(string? query, string? caption)
    {
        OnPipelineThread(nameof(ShouldContinue));
        return Prompt(query ?? "");
    }

    public void ThrowTerminatingError(ErrorRecord errorRecord)
    {
        OnPipelineThread(nameof(ThrowTerminatingError));
        Qualify(errorRecord);
        throw new TerminatingErrorException(errorRecord);
    }

    private bool Prompt(string message)
    {
        _result.Prompts.Add(message);
        if (_settings.ConfirmResponder is null)
            throw new PSInvalidOperationException("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.");
        return _settings.ConfirmResponder(message);
    }

    private void Qualify(ErrorRecord errorRecord)
    {
        if (!errorRecord.FullyQualifiedErrorId.Contains(','))
            errorRecord.FullyQualifiedErrorId += "," + _commandFullName;
    }

    private void OnPipelineThread(string method)
    {
        // As PowerShell does: once Ctrl+C was pressed, the pipeline takes nothing more from the cmdlet.
        if (_stopping()) throw new PipelineStoppedException();
        if (Environment.CurrentManagedThreadId != _pipelineThread)
            throw new PSInvalidOperationException(
                $"The {method} method cannot be called from outside the overrides of the BeginProcessing, ProcessRecord, and EndProcessing methods, and only from within the same thread.");
    }
}

internal sealed class TerminatingErrorException : Exception
{
    public TerminatingErrorException(ErrorRecord errorRecord) : base(errorRecord.ToString()) => ErrorRecord = errorRecord;

    public ErrorRecord ErrorRecord { get; }
}
