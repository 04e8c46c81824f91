#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the importable module folder and runs the tests.

.DESCRIPTION
    1. Lays out module/out/AzBatchJobs/ (module/AzBatchJobs.Module.proj): the manifest and its
       root script, the cmdlets with their dependencies, the format file, the help, and the
       emulator (for Start-BatchEmulator) in emulator/; prints its size.
    2. Runs the xunit suites (dotnet test on the solution).
    3. Runs the Pester suites (tests/Pester/*.Tests.ps1 and samples/**/*.Tests.ps1) against that
       folder, in a fresh process of the PowerShell running this script, with the Pester that
       tests/Pester/PesterPackage.csproj pins and restores from NuGet.

    Needs the .NET 10 SDK. Runs in the repository's pinned pwsh (dotnet tool restore, then
    dotnet tool run pwsh -- -File ./build.ps1), in a pwsh on PATH, or in Windows PowerShell 5.1.
    Import the result with:
        Import-Module ./module/out/AzBatchJobs/AzBatchJobs.psd1

.PARAMETER Configuration
    Debug or Release (default).

.PARAMETER Pester
    Build the module folder and run only the Pester suites.

.PARAMETER SkipTests
    Only build the module folder.

.PARAMETER Path
    With -Pester: the suites to run (files or folders) instead of all of them.
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    [switch] $Pester,

    [switch] $SkipTests,

    [string[]] $Path
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$moduleManifest = Join-Path $root 'module/out/AzBatchJobs/AzBatchJobs.psd1'

function Invoke-Dotnet {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Build-ModuleFolder {
    Invoke-Dotnet @('build', (Join-Path $root 'module/AzBatchJobs.Module.proj'), '-c', $Configuration, '--nologo', '-v', 'quiet')
    $manifest = Test-ModuleManifest $moduleManifest
    $folder = Split-Path $moduleManifest
    $bytes = (Get-ChildItem $folder -Recurse -File | Measure-Object Length -Sum).Sum
    Write-Host ("Built $($manifest.Name) $($manifest.Version) in $folder ({0:N1} MB)" -f ($bytes / 1MB))
}

function Invoke-UnitTests {
    Invoke-Dotnet @('test', (Join-Path $root 'AzBatchJobs.slnx'), '-c', $Configuration, '--nologo')
}

# The command that starts this same PowerShell again: a tool-installed pwsh runs as `dotnet pwsh.dll`,
# so the process path alone (dotnet) would not start PowerShell.
function Get-PowerShellCommand {
    $process = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, [Environment]::GetCommandLineArgs()[0])
    }
    return @($process)
}

function Get-PesterManifest {
    $project = Join-Path $root 'tests/Pester/PesterPackage.csproj'
    Invoke-Dotnet @('restore', $project, '--nologo', '-v', 'quiet')
    $manifest = (& dotnet msbuild $project -nologo -getProperty:PesterManifest | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path $manifest)) {
        throw "Pester was not restored from NuGet: expected $manifest."
    }
    return $manifest
}

function Invoke-PesterSuites {
    $pesterManifest = Get-PesterManifest
    $suites = if ($Path) {
        @($Path | ForEach-Object { (Resolve-Path $_).Path })
    }
    else {
        @(Join-Path $root 'tests/Pester') + @(Get-ChildItem (Join-Path $root 'samples') -Recurse -Filter '*.Tests.ps1' | ForEach-Object FullName)
    }

    # A fresh process: a binary module cannot be unloaded, and the dll just built must be the one loaded.
    $runner = Join-Path $root 'tests/Pester/Invoke-Suites.ps1'
    $powershell = @(Get-PowerShellCommand)
    $arguments = @($powershell | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $runner,
        '-PesterManifest', $pesterManifest, '-ModuleManifest', $moduleManifest, '-Path', ($suites -join [IO.Path]::PathSeparator))
    & $powershell[0] @arguments | Tee-Object -Variable lines | Out-Host
    $summary = @($lines | Where-Object { $_ -match '^Pester: ' }) | Select-Object -Last 1
    if (-not $summary) {
        throw "The Pester run ended without a summary (exit code $LASTEXITCODE)."
    }
    if ($LASTEXITCODE -ne 0) {
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
