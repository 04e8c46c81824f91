using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using Azure.Core;
using Azure.Identity;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>Connect-BatchAccount: sets the session's default Batch connection and returns it.</summary>
[Cmdlet("Connect", "BatchAccount", DefaultParameterSetName = DefaultCredentialSet)]
[OutputType(typeof(BatchAccountContext))]
public sealed class ConnectBatchAccountCommand : PSCmdlet
{
    private const string SharedKeySet = "SharedKey";
    private const string CredentialSet = "Credential";
    private const string ManagedIdentitySet = "ManagedIdentity";
    private const string DefaultCredentialSet = "DefaultCredential";

    /// <summary>The account endpoint, e.g. https://myaccount.westeurope.batch.azure.com.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNull]
    public Uri? Endpoint { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SharedKeySet)]
    [ValidateNotNullOrEmpty]
    public string? AccountName { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SharedKeySet)]
    [ValidateNotNull]
    public SecureString? AccountKey { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [ValidateNotNull]
    [AnyTokenCredential]
    public TokenCredential? Credential { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ManagedIdentitySet)]
    public SwitchParameter ManagedIdentity { get; set; }

    /// <summary>The client id of a user-assigned managed identity; omit for the system-assigned one.</summary>
    [Parameter(ParameterSetName = ManagedIdentitySet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>Return the context without making it the session's default.</summary>
    [Parameter]
    public SwitchParameter NoDefault { get; set; }

    protected override void ProcessRecord()
    {
        BatchConnection connection;
        try
        {
            connection = CreateConnection();
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "BatchInvalidConnection", ErrorCategory.InvalidArgument, Endpoint)
            {
                ErrorDetails = new ErrorDetails(e.Message),
            });
            return;
        }
        var context = new BatchAccountContext(connection);
        if (!NoDefault) BatchSession.Default = context;
        WriteVerbose($"Connected to {context}.");
        WriteObject(context);
    }

    private BatchConnection CreateConnection()
    {
        var endpoint = Endpoint!;
        switch (ParameterSetName)
        {
            case SharedKeySet:
                return BatchConnection.SharedKey(endpoint, AccountName!, new NetworkCredential(string.Empty, AccountKey).Password);
            case CredentialSet:
                return BatchConnection.TokenCredential(endpoint, Credential!);
            case ManagedIdentitySet:
                var identity = ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(ClientId);
                return BatchConnection.TokenCredential(endpoint, new ManagedIdentityCredential(identity));
            default:
                return BatchConnection.TokenCredential(endpoint, new DefaultAzureCredential());
        }
    }
}
