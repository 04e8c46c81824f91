using System.Management.Automation.Host;

namespace System.Management.Automation;

public interface ICommandRuntime
{
    void WriteObject(object? sendToPipeline, bool enumerateCollection);
    void WriteError(ErrorRecord errorRecord);
    void WriteVerbose(string text);
    void WriteDebug(string text);
    void WriteWarning(string text);
    void WriteProgress(ProgressRecord progressRecord);
    bool ShouldProcess(string? verboseDescription, string? verboseWarning, string? caption);
    bool ShouldContinue(string? query, string? caption);
    void ThrowTerminatingError(ErrorRecord errorRecord);
}

public abstract class Cmdlet
{
    public ICommandRuntime? CommandRuntime { get; set; }

    /// <summary>True once the pipeline was asked to stop (Ctrl+C).</summary>
    public bool Stopping { get; internal set; }

    protected virtual void BeginProcessing() { }
    protected virtual void ProcessRecord() { }
    protected virtual void EndProcessing() { }
    protected virtual void StopProcessing() { }

    internal void InvokeBegin() => BeginProcessing();
    internal void InvokeProcess() => ProcessRecord();
    internal void InvokeEnd() => EndProcessing();
    internal void InvokeStop()
    {
        Stopping = true;
        StopProcessing();
    }

    public void WriteObject(object? sendToPipeline) => Runtime.WriteObject(sendToPipeline, false);
    public void WriteObject(object? sendToPipeline, bool enumerateCollection) => Runtime.WriteObject(sendToPipeline, enumerateCollection);
    public void WriteError(ErrorRecord errorRecord) => Runtime.WriteError(errorRecord ?? throw new ArgumentNullException(nameof(errorRecord)));
    public void WriteVerbose(string text) => Runtime.WriteVerbose(text);
    public void WriteDebug(string text) => Runtime.WriteDebug(text);
    public void WriteWarning(string text) => Runtime.WriteWarning(text);
    public void WriteProgress(ProgressRecord progressRecord) => Runtime.WriteProgress(progressRecord);

    public bool ShouldProcess(string target) => ShouldProcess(target, CommandName);

    public bool ShouldProcess(string target, string action) =>
        Runtime.ShouldProcess($"Performing the operation \"{action}\" on target \"{target}\".", null, null);

    public bool ShouldProcess(string verboseDescription, string verboseWarning, string caption) =>
        Runtime.ShouldProcess(verboseDescription, verboseWarning, caption);

    public bool ShouldContinue(string query, string caption) => Runtime.ShouldContinue(query, caption);

    public void ThrowTerminatingError(ErrorRecord errorRecord) =>
        Runtime.ThrowTerminatingError(errorRecord ?? throw new ArgumentNullException(nameof(errorRecord)));

    private ICommandRuntime Runtime =>
        CommandRuntime ?? throw new NotImplementedException("The cmdlet is not running in a pipeline.");

    private string CommandName
    {
        get
        {
            var attribute = (CmdletAttribute?)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute));
            return attribute is null ? GetType().Name : $"{attribute.VerbName}-{attribute.NounName}";
        }
    }
}

public abstract class PSCmdlet : Cmdlet
{
    public string ParameterSetName { get; internal set; } = ParameterAttribute.AllParameterSets;

    public InvocationInfo MyInvocation { get; internal set; } = new();

    /// <summary>The host; its UI still shows lines after the pipeline has stopped.</summary>
    public PSHost? Host { get; internal set; }

    internal Dictionary<string, object?> SessionVariables { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public object? GetVariableValue(string name) => SessionVariables.TryGetValue(name, out var value) ? value : null;

    public object? GetVariableValue(string name, object? defaultValue) =>
        SessionVariables.TryGetValue(name, out var value) ? value : defaultValue;

    /// <summary>The session's current location (PowerShell's, not the process's working directory).</summary>
    internal string CurrentLocation { get; set; } = Directory.GetCurrentDirectory();

    public string GetUnresolvedProviderPathFromPSPath(string path) => Path.GetFullPath(path, CurrentLocation);
}

public class InvocationInfo
{
    internal InvocationInfo() { }

    public Dictionary<string, object?> BoundParameters { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public class PSInvalidOperationException : InvalidOperationException
{
    public PSInvalidOperationException(string message) : base(message) { }
}
