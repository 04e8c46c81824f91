using System.Management.Automation;
using AzBatchJobs.Client.Definitions;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// ConvertTo-BatchJson: writes a job, task or job schedule (read from the service, or its create options)
/// as the REST API's JSON that creates it, which New-BatchJob / New-BatchTask / Add-BatchTaskCollection
/// -JsonFile read back: read-only properties left out, and secrets too (with a warning that names them).
/// One string per object: indented, or with -Compress one line, so many tasks make a JSON Lines file.
/// </summary>
[Cmdlet("ConvertTo", "BatchJson")]
[OutputType(typeof(string))]
public sealed class ConvertToBatchJsonCommand : PSCmdlet
{
    /// <summary>A job (Get-BatchJob), task (Get-BatchTask), job schedule, or the create options of one.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public PSObject? InputObject { get; set; }

    /// <summary>One line per object (JSON Lines) instead of indented JSON.</summary>
    [Parameter]
    public SwitchParameter Compress { get; set; }

    protected override void ProcessRecord()
    {
        var value = InputObject!.BaseObject;
        if (!BatchDefinitionJson.IsDefinition(value.GetType()))
        {
            var message = $"A {value.GetType().Name} cannot be written as a Batch definition: give jobs (Get-BatchJob), tasks (Get-BatchTask), or BatchJobCreateOptions or BatchTaskCreateOptions objects.";
            WriteError(new ErrorRecord(new PSArgumentException(message), "NotABatchDefinition", ErrorCategory.InvalidArgument, value));
            return;
        }
        var json = BatchDefinitionJson.Write(value, indented: !Compress.IsPresent, out var secrets);
        if (secrets.Count > 0)
        {
            var id = value.GetType().GetProperty("Id")?.GetValue(value);
            WriteWarning($"Secrets were left out of the JSON of '{id}': {string.Join(", ", secrets)}. Add them where you use the JSON.");
        }
        WriteObject(json);
    }
}
