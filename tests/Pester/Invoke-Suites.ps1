#Requires -Version 5.1
<#
.SYNOPSIS
    Runs Pester suites against a built module folder; build.ps1 starts it in a fresh process.

.DESCRIPTION
    Imports the given Pester, runs the suites with the module manifest in AZBJ_MODULE_MANIFEST
    (the suites import exactly that), and ends with one line
    `Pester: N passed, N failed, N skipped, N failed blocks` that .ci/run adds up. Exits 1 when a
    test, a BeforeAll/AfterAll block or a whole file failed, or when no test ran.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $ModuleManifest,
    # Files or folders, separated by the platform's path separator.
    [Parameter(Mandatory)] [string] $Path
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterManifest -Force
$env:AZBJ_MODULE_MANIFEST = $ModuleManifest

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path -split [IO.Path]::PathSeparator
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$run = Invoke-Pester -Configuration $configuration

$failedBlocks = $run.FailedBlocksCount + $run.FailedContainersCount
"Pester: $($run.PassedCount) passed, $($run.FailedCount) failed, $($run.SkippedCount) skipped, $failedBlocks failed blocks"
if ($run.Result -ne 'Passed' -or $run.PassedCount -eq 0) {
    exit 1
}
exit 0
