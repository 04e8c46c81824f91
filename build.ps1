#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the importable module folder and runs the tests.

.DESCRIPTION
    1. Publishes the cmdlets (src/AzBatchJobs) with their dependencies, the manifest, the
       format file and the help into module/out/AzBatchJobs/, and the emulator (for
       Start-BatchEmulator) into module/out/AzBatchJobs/emulator/.
    2. Runs the xunit suites (dotnet test on the solution).
    3. Runs the Pester suites (tests/*.Tests.ps1) against the built module, when Pester 5 is installed.

    Needs the .NET 10 SDK. Import the result with:
        Import-Module ./module/out/AzBatchJobs/AzBatchJobs.psd1

.PARAMETER Configuration
    Debug or Release (default).

.PARAMETER Pester
    Build the module folder and run only the Pester suites.

.PARAMETER SkipTests
    Only build the module folder.
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    [switch] $Pester,

    [switch] $SkipTests
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$moduleOut = Join-Path $root 'module/out/AzBatchJobs'

function Invoke-Dotnet {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Build-ModuleFolder {
    if (Test-Path $moduleOut) {
        Remove-Item $moduleOut -Recurse -Force
    }
    $null = New-Item -ItemType Directory -Path $moduleOut -Force

    Invoke-Dotnet @('publish', (Join-Path $root 'src/AzBatchJobs/AzBatchJobs.csproj'), '-c', $Configuration, '-o', $moduleOut, '--nologo')
    Invoke-Dotnet @('publish', (Join-Path $root 'src/AzBatchJobs.Emulator/AzBatchJobs.Emulator.csproj'), '-c', $Configuration, '-o', (Join-Path $moduleOut 'emulator'), '--nologo')

    # PowerShell provides System.Management.Automation itself; a copy of the reference assembly must not ship.
    Get-ChildItem $moduleOut -Filter 'System.Management.Automation.dll' | Remove-Item -Force
    Get-ChildItem $moduleOut -Filter '*.deps.json' | Remove-Item -Force

    Copy-Item (Join-Path $root 'AzBatchJobs.psd1') $moduleOut
    Copy-Item (Join-Path $root 'module/AzBatchJobs.format.ps1xml') $moduleOut
    Copy-Item (Join-Path $root 'module/en-US') (Join-Path $moduleOut 'en-US') -Recurse

    $manifest = Test-ModuleManifest (Join-Path $moduleOut 'AzBatchJobs.psd1')
    Write-Host "Built $($manifest.Name) $($manifest.Version) in $moduleOut"
}

function Invoke-UnitTests {
    Invoke-Dotnet @('test', (Join-Path $root 'AzBatchJobs.slnx'), '-c', $Configuration, '--nologo')
}

function Invoke-PesterSuites {
    $available = Get-Module -ListAvailable -Name Pester |
        Where-Object { $_.Version -ge [version]'5.0.0' } |
        Sort-Object Version -Descending |
        Select-Object -First 1
    if (-not $available) {
        Write-Warning 'Pester suites SKIPPED: Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser).'
        return
    }
    $paths = @(Get-ChildItem (Join-Path $root 'tests') -Filter '*.Tests.ps1' | ForEach-Object FullName)

    # The suites import the module from here, so they test what was just built.
    $env:AZBJ_MODULE_MANIFEST = Join-Path $moduleOut 'AzBatchJobs.psd1'
    # The suites run in a fresh process: a binary module cannot be unloaded, and the dll just built must be the one loaded.
    $result = & (Get-Process -Id $PID).Path -NoProfile -NonInteractive -Command {
        param($pesterPath, $paths)
        Import-Module $pesterPath -Force
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $paths
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Detailed'
        $run = Invoke-Pester -Configuration $configuration
        # Result is Failed also when a BeforeAll/AfterAll or a whole file failed, which no test count shows.
        "$($run.Result): $($run.PassedCount) passed, $($run.FailedCount) failed, $($run.SkippedCount) skipped, $($run.FailedBlocksCount + $run.FailedContainersCount) failed blocks or files"
    } -args $available.Path, $paths
    $summary = $result | Select-Object -Last 1
    Write-Host "Pester: $summary"
    if ($summary -notmatch '^Passed: [1-9]\d* passed, 0 failed') {
        throw "Pester suites failed: $summary"
    }
}

Build-ModuleFolder
if ($SkipTests) {
    return
}
if (-not $Pester) {
    Invoke-UnitTests
}
Invoke-PesterSuites
