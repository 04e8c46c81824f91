using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// New-BatchJobSchedule -Json / -JsonFile: the REST Create Job Schedule body, with the parameters given laid
/// over it. Any timing parameter replaces the JSON's whole schedule, as Update-BatchJobSchedule does.
/// </summary>
public sealed partial class NewBatchJobScheduleCommand
{
    private const string JsonSet = "Json";
    private const string JsonFileSet = "JsonFile";

    /// <summary>The job schedule as the JSON body of the REST API's Create Job Schedule request.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonSet)]
    [ValidateNotNullOrEmpty]
    public string? Json { get; set; }

    /// <summary>A file holding the JSON body of a Create Job Schedule request (as az batch job-schedule create --json-file takes it).</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonFileSet)]
    [ValidateNotNullOrEmpty]
    public string? JsonFile { get; set; }

    private BatchJobScheduleCreateOptions? FromJson() =>
        JsonDefinitionInput.ReadWithParameters(this, Json, JsonFile, FromParameters,
            (nameof(DoNotRunUntil), "Schedule"), (nameof(DoNotRunAfter), "Schedule"), (nameof(StartWindow), "Schedule"), (nameof(RecurrenceInterval), "Schedule"));
}
