using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>New-BatchTask -Json / -JsonFile: the REST Add Task body, with the parameters given laid over it.</summary>
public sealed partial class NewBatchTaskCommand
{
    private const string JsonSet = "Json";
    private const string JsonFileSet = "JsonFile";

    /// <summary>The task as the JSON body of the REST API's Add Task request.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonSet)]
    [ValidateNotNullOrEmpty]
    public string? Json { get; set; }

    /// <summary>A file holding the JSON body of an Add Task request (one task, as az batch task create --json-file takes it).</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonFileSet)]
    [ValidateNotNullOrEmpty]
    public string? JsonFile { get; set; }

    private BatchTaskCreateOptions? FromJson() => JsonDefinitionInput.ReadWithParameters(this, Json, JsonFile, FromParameters);
}
