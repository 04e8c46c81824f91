<#
.SYNOPSIS
    The main workflow with the module, offline: a local emulator, a job with preparation and release
    tasks, 500 tasks of which five fail on their first run, wait, read the failures' stderr,
    reactivate, wait, terminate.

.DESCRIPTION
    Builds the module folder first (module/AzBatchJobs.Module.proj) unless -NoBuild is given or the
    module is already imported. Run it with the repository's pinned PowerShell:
        dotnet tool restore && dotnet tool run pwsh -- -NoProfile -File samples/QuickStart/Invoke-QuickStart.ps1
    It prints what it did and returns an object with the job's final figures.
#>
[CmdletBinding()]
param(
    [ValidateRange(10, 100000)]
    [int] $TaskCount = 500,

    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

if (-not (Get-Module AzBatchJobs)) {
    $root = Resolve-Path "$PSScriptRoot/../.."
    if (-not $NoBuild) {
        & dotnet build "$root/module/AzBatchJobs.Module.proj" -c Release --nologo -v quiet | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Building the module folder failed (exit code $LASTEXITCODE)." }
    }
    Import-Module "$root/module/out/AzBatchJobs/AzBatchJobs.psd1"
}

$emulator = Start-BatchEmulator -InMemory        # the session is connected to it
try {
    Write-Host "emulator on $($emulator.Endpoint) (account $($emulator.AccountName), in memory)"

    $jobId = 'quickstart-' + [DateTime]::UtcNow.ToString('HHmmss')
    New-BatchJob -Id $jobId -PoolId local `
        -JobPreparationTask @{ CommandLine = New-BatchTestCommandLine -StandardOutput 'preparing the node' } `
        -JobReleaseTask @{ CommandLine = New-BatchTestCommandLine -StandardOutput 'cleaning up' } | Out-Null
    Write-Host "created job $jobId"

    # Every hundredth task fails on its first run and succeeds once reactivated.
    $flaky = New-BatchTestCommandLine -FailFirst 1 -ExitCode 3 -StandardError 'input not ready'
    $works = New-BatchTestCommandLine -StandardOutput 'done'
    $submitted = 0..($TaskCount - 1) |
        ForEach-Object { @{ Id = 'task-{0:D4}' -f $_; CommandLine = if ($_ % 100 -eq 7) { $flaky } else { $works } } } |
        Add-BatchTaskCollection -JobId $jobId
    Write-Host "submitted: $(@($submitted | Group-Object Status | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ', ')"

    $first = Wait-BatchJob -Id $jobId -Timeout 300 -PollInterval 1
    Write-Host "first pass: succeeded=$($first.TaskCounts.Succeeded) failed=$($first.TaskCounts.Failed)"

    $failed = Get-BatchTask -JobId $jobId -Filter "executionInfo/result eq 'failure'"
    $failed | Get-BatchTaskFile -Path stderr.txt -Raw | Select-Object -First 1 |
        ForEach-Object { Write-Host "stderr of $($failed[0].Id): $($_.Trim())" }
    $failed | Invoke-BatchTaskReactivate
    Write-Host "reactivated $(@($failed).Count) failed tasks"

    $second = Wait-BatchJob -Id $jobId -Timeout 300 -PollInterval 1
    Write-Host "second pass: succeeded=$($second.TaskCounts.Succeeded) failed=$($second.TaskCounts.Failed)"

    Stop-BatchJob -Id $jobId -TerminateReason QuickStartDone -Force
    $job = Wait-BatchJob -Id $jobId -UntilCompleted -Timeout 120 -PollInterval 1
    Get-BatchJobPreparationAndReleaseTaskStatus -JobId $jobId | ForEach-Object {
        Write-Host "release task on $($_.NodeId): $($_.JobReleaseTaskExecutionInfo.State) exit code $($_.JobReleaseTaskExecutionInfo.ExitCode)"
    }
    $final = Get-BatchJob -Id $jobId
    Write-Host "job ${jobId}: $($final.State) ($($final.ExecutionInfo.TerminateReason))"

    [pscustomobject]@{
        JobId            = $jobId
        Submitted        = @($submitted | Where-Object Status -eq 'Added').Count
        FailedFirstPass  = $first.TaskCounts.Failed
        Reactivated      = @($failed).Count
        Succeeded        = $second.TaskCounts.Succeeded
        Failed           = $second.TaskCounts.Failed
        State            = "$($final.State)"
        TerminateReason  = $final.ExecutionInfo.TerminateReason
    }
}
finally {
    $emulator | Stop-BatchEmulator
}
