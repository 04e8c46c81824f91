<#
.SYNOPSIS
    One PowerShell session shared by AzBatchJobs and an older Azure SDK (Azure.Core, System.ClientModel,
    Azure.Identity, MSAL: as Az.Accounts or Microsoft.Graph load theirs), in the given order. Started in
    a fresh pwsh by Coexistence.Tests.ps1; writes one JSON line of what each side did.
#>
param(
    [Parameter(Mandatory)] [ValidateSet('OlderFirst', 'ModuleFirst')] [string] $Order,
    [Parameter(Mandatory)] [string] $ModuleManifest,
    # The older SDK's dlls, separated by semicolons.
    [Parameter(Mandatory)] [string] $OlderAssemblies
)
$ErrorActionPreference = 'Stop'

function Import-OlderAzure {
    foreach ($path in $OlderAssemblies -split ';' | ForEach-Object Trim | Where-Object { $_ }) {
        Add-Type -Path $path
    }
    # Used as another module would: its own types, a credential of its Azure.Identity (MSAL inside).
    $null = [BinaryData]::FromString('payload').ToString()
    $null = [Azure.Core.TokenRequestContext]::new([string[]]@('https://batch.core.windows.net//.default'))
    $null = [Azure.Identity.ClientSecretCredential]::new('00000000-0000-0000-0000-000000000000', 'client', 'secret')
}

function Send-ThroughOlderAzureCore([Uri] $Endpoint) {
    # A request through the older Azure.Core's own pipeline: the emulator answers 401 to an unsigned one.
    $pipeline = [Azure.Core.Pipeline.HttpPipeline]::new([Azure.Core.Pipeline.HttpClientTransport]::new())
    $message = $pipeline.CreateMessage()
    $message.Request.Method = [Azure.Core.RequestMethod]::Get
    $message.Request.Uri.Reset([Uri]::new($Endpoint, 'jobs?api-version=2025-06-01'))
    $pipeline.Send($message, [Threading.CancellationToken]::None)
    $message.Response.Status
}

function Invoke-BatchWorkflow([string] $JobId) {
    # Typed model objects (default context) into the cmdlets (the module's context) and back.
    New-BatchJob -Id $JobId -PoolId pool | Out-Null
    [AzBatchJobs.Client.Models.BatchTaskCreateOptions]@{ Id = 'task-1'; CommandLine = 'echo hi' } | New-BatchTask -JobId $JobId | Out-Null
    $task = Get-BatchTask -JobId $JobId -Id task-1
    $typed = (Get-BatchJob -Id $JobId) -is [AzBatchJobs.Client.Models.BatchJob]
    # The module's own Azure.Identity and MSAL: a credential made, no token asked for.
    $null = Connect-BatchAccount -Endpoint https://example.batch.azure.com -ManagedIdentity -NoDefault
    "$JobId/$($task.Id)/typed=$typed"
}

$result = [ordered]@{}
if ($Order -eq 'OlderFirst') {
    Import-OlderAzure
}
Import-Module $ModuleManifest
$emulator = Start-BatchEmulator -InMemory
try {
    $result.Module = @(Invoke-BatchWorkflow 'job-1')
    if ($Order -eq 'ModuleFirst') {
        Import-OlderAzure
    }
    $result.OlderStatus = Send-ThroughOlderAzureCore $emulator.Endpoint
    if ($Order -eq 'ModuleFirst') {
        $result.Module += Invoke-BatchWorkflow 'job-2'
    }
}
finally {
    Stop-BatchEmulator
}
$result.Assemblies = @([AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -in 'Azure.Core', 'System.ClientModel', 'System.Memory.Data', 'Azure.Identity', 'Microsoft.Identity.Client', 'AzBatchJobs', 'AzBatchJobs.Client.Models' } |
    ForEach-Object { '{0} {1} {2}' -f $_.GetName().Name, $_.GetName().Version, [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } |
    Sort-Object)
$result | ConvertTo-Json -Compress
