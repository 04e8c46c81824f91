using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>New-BatchJob -Json / -JsonFile: the REST Create Job body, with the parameters given laid over it.</summary>
public sealed partial class NewBatchJobCommand
{
    private const string JsonSet = "Json";
    private const string JsonFileSet = "JsonFile";

    /// <summary>The job as the JSON body of the REST API's Create Job request.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonSet)]
    [ValidateNotNullOrEmpty]
    public string? Json { get; set; }

    /// <summary>A file holding the JSON body of a Create Job request (as az batch job create --json-file takes it).</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonFileSet)]
    [ValidateNotNullOrEmpty]
    public string? JsonFile { get; set; }

    private BatchJobCreateOptions? FromJson() =>
        JsonDefinitionInput.ReadWithParameters(this, Json, JsonFile, FromParameters, (nameof(PoolId), nameof(PoolInfo)));
}
