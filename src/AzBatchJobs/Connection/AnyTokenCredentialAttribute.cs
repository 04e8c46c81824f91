using System.Management.Automation;
using AzBatchJobs.Client.Credentials;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Lets -Credential take a TokenCredential made with any copy of Azure.Core, such as one of
/// Az.Accounts' or a module's that the session loaded: on PowerShell 7 the module's own Azure.Core
/// is in its own load context, so theirs is a different type (ForeignTokenCredential adapts it).
/// </summary>
internal sealed class AnyTokenCredentialAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
        ForeignTokenCredential.Adapt(inputData is PSObject wrapped ? wrapped.BaseObject : inputData) ?? inputData;
}
