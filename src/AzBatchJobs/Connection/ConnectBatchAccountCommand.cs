using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using Azure.Core;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>Connect-BatchAccount: sets the session's default Batch connection and returns it.</summary>
[Cmdlet("Connect", "BatchAccount", DefaultParameterSetName = DefaultCredentialSet)]
[OutputType(typeof(BatchAccountContext))]
public sealed class ConnectBatchAccountCommand : PSCmdlet
{
    private const string SharedKeySet = "SharedKey";
    private const string ServicePrincipalSet = "ServicePrincipal";
    private const string CertificateThumbprintSet = "CertificateThumbprint";
    private const string CertificateFileSet = "CertificateFile";
    private const string TokenCredentialSet = "TokenCredential";
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

    /// <summary>A service principal: the application (client) id as user name, a client secret as password.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ServicePrincipalSet)]
    [ValidateNotNull]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>The Microsoft Entra tenant (directory) id or domain of the service principal.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ServicePrincipalSet)]
    [Parameter(Mandatory = true, ParameterSetName = CertificateThumbprintSet)]
    [Parameter(Mandatory = true, ParameterSetName = CertificateFileSet)]
    [Alias("Tenant")]
    [ValidateNotNullOrEmpty]
    public string? TenantId { get; set; }

    /// <summary>The application (client) id of a service principal, or of a user-assigned managed identity.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CertificateThumbprintSet)]
    [Parameter(Mandatory = true, ParameterSetName = CertificateFileSet)]
    [Parameter(ParameterSetName = ManagedIdentitySet)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = CertificateThumbprintSet)]
    [ValidateNotNullOrEmpty]
    public string? CertificateThumbprint { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = CertificateFileSet)]
    [ValidateNotNullOrEmpty]
    public string? CertificatePath { get; set; }

    [Parameter(ParameterSetName = CertificateFileSet)]
    [ValidateNotNull]
    public SecureString? CertificatePassword { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = TokenCredentialSet)]
    [ValidateNotNull]
    [AnyTokenCredential]
    public TokenCredential? TokenCredential { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ManagedIdentitySet)]
    public SwitchParameter ManagedIdentity { get; set; }

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
            var refused = BatchErrorMapper.InParameterTerms(e, field => ParameterNames.For(field, MyInvocation));
            ThrowTerminatingError(BatchErrorMapper.Record(refused, "BatchInvalidConnection", ErrorCategory.InvalidArgument, Endpoint));
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
        return ParameterSetName switch
        {
            SharedKeySet => BatchConnection.SharedKey(endpoint, AccountName!, Plain(AccountKey)!),
            ServicePrincipalSet => BatchConnection.ClientSecret(endpoint, TenantId!, Credential!.UserName, Credential.GetNetworkCredential().Password),
            CertificateThumbprintSet => BatchConnection.ClientCertificateThumbprint(endpoint, TenantId!, ClientId!, CertificateThumbprint!),
            CertificateFileSet => BatchConnection.ClientCertificateFile(endpoint, TenantId!, ClientId!, FullPath(CertificatePath!), Plain(CertificatePassword)),
            TokenCredentialSet => BatchConnection.TokenCredential(endpoint, TokenCredential!),
            ManagedIdentitySet => BatchConnection.ManagedIdentity(endpoint, ClientId),
            _ => BatchConnection.DefaultAzureCredential(endpoint),
        };
    }

    // Relative to PowerShell's current location, not the process's working directory.
    private string FullPath(string path) => SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);

    private static string? Plain(SecureString? secret) => secret is null ? null : new NetworkCredential(string.Empty, secret).Password;
}
