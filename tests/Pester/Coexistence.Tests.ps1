#Requires -Version 5.1
# Pester 5 suite: AzBatchJobs in a session that also runs an older Azure SDK (Azure.Core 1.38 with
# System.ClientModel 1.0, Azure.Identity 1.11, MSAL 4.61, from NuGet through tests/OlderAzure),
# in both orders. Each order runs in a fresh pwsh (Coexistence/Invoke-Scenario.ps1): a session
# cannot unload an assembly.

BeforeDiscovery {
    # PowerShell 7 only: Windows PowerShell 5.1 has no load contexts (README, "What was verified where").
    $script:notCore = $PSVersionTable.PSEdition -ne 'Core'
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshSession.psm1') -Force
    Import-ModuleUnderTest
    $moduleFolder = (Get-Module AzBatchJobs).ModuleBase
    $script:manifest = Join-Path $moduleFolder 'AzBatchJobs.psd1'

    $project = Join-Path $PSScriptRoot '../OlderAzure/OlderAzure.csproj'
    & dotnet restore $project --nologo -v quiet | Out-Host
    $script:olderAssemblies = (& dotnet msbuild $project -nologo -getProperty:OlderAzureAssemblies | Out-String).Trim()
    if ($LASTEXITCODE -ne 0) { throw "The older Azure SDK was not restored from NuGet: $project" }

    # What the module ships, as "Name Version": its own copies load in its context, named AzBatchJobs.
    $script:shipped = foreach ($name in 'Azure.Core', 'System.ClientModel', 'Azure.Identity', 'Microsoft.Identity.Client') {
        "$name $([Reflection.AssemblyName]::GetAssemblyName((Join-Path $moduleFolder "$name.dll")).Version)"
    }
    $script:older = @('Azure.Core 1.38.0.0', 'System.ClientModel 1.0.0.0', 'Azure.Identity 1.11.4.0', 'Microsoft.Identity.Client 4.61.3.0')

    function Invoke-Scenario([string] $Order) {
        Invoke-FreshPowerShell -ScriptPath (Join-Path $PSScriptRoot 'Coexistence/Invoke-Scenario.ps1') -ArgumentList @(
            '-Order', $Order, '-ModuleManifest', $script:manifest, '-OlderAssemblies', $script:olderAssemblies) | Read-FreshPowerShellResult
    }
}

Describe 'An older Azure SDK loaded first, then AzBatchJobs' -Skip:$notCore {
    BeforeAll {
        $script:run = Invoke-Scenario OlderFirst
    }

    It 'runs the cmdlets with typed model objects' {
        $script:run.Module | Should -Be @('job-1/task-1/typed=True')
    }

    It 'leaves the older SDK working' {
        $script:run.OlderStatus | Should -Be 401
    }

    It 'loads its own Azure SDK in its own context beside the older one' {
        foreach ($assembly in $script:shipped) { $script:run.Assemblies | Should -Contain "$assembly AzBatchJobs" }
        foreach ($assembly in $script:older) { $script:run.Assemblies | Should -Contain "$assembly Default" }
    }

    It 'keeps its model types in the default context, where PowerShell resolves type names' {
        $script:run.Assemblies | Where-Object { $_ -like 'AzBatchJobs.Client.Models *' } | Should -BeLike '* Default'
        $script:run.Assemblies | Where-Object { $_ -like 'AzBatchJobs *' } | Should -BeLike '* AzBatchJobs'
    }
}

Describe 'AzBatchJobs first, then an older Azure SDK used' -Skip:$notCore {
    BeforeAll {
        $script:run = Invoke-Scenario ModuleFirst
    }

    It 'lets the older SDK load and send requests' {
        $script:run.OlderStatus | Should -Be 401
    }

    It 'keeps the cmdlets working after the older SDK loaded' {
        $script:run.Module | Should -Be @('job-1/task-1/typed=True', 'job-2/task-1/typed=True')
    }

    It 'has both SDKs loaded, each in its own context' {
        foreach ($assembly in $script:shipped) { $script:run.Assemblies | Should -Contain "$assembly AzBatchJobs" }
        foreach ($assembly in $script:older) { $script:run.Assemblies | Should -Contain "$assembly Default" }
    }
}
