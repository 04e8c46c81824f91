#Requires -Version 5.1
<#
.SYNOPSIS
    The nightly Batch run: one job, one task per line of the task list, failed tasks reactivated,
    and a summary for the operator.

.DESCRIPTION
    A runbook as an admin schedules it in Azure Automation or a CI job. It takes its Batch
    connection from the environment, as runbooks and the Azure CLI do: AZURE_BATCH_ENDPOINT,
    AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY (the AzBatchJobs cmdlets read them when the
    session has no Connect-BatchAccount).

    1. Creates the job. A request whose answer was lost may have been carried out, so a job that
       already exists is the job of this run.
    2. Submits one task per row of the CSV task list (columns Id, CommandLine).
    3. Waits for the tasks, then reactivates the failed ones and waits again, up to
       -MaxReactivations rounds; the stderr of each failure is kept for the summary.
    4. Terminates the job and writes one summary object: JobId, State, Succeeded, Failed,
       Reactivated (the ids of the tasks reactivated, once per reactivation), Rounds and Failures
       (TaskId, ExitCode, StdErr of the tasks that still fail).

.EXAMPLE
    ./Invoke-NightlyBatch.ps1 -TaskListPath ./tonight.csv -PoolId nightly-pool
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $TaskListPath,
    [string] $JobId = 'nightly-' + [DateTime]::UtcNow.ToString('yyyyMMdd'),
    [string] $PoolId = 'nightly-pool',
    [ValidateRange(0, 10)] [int] $MaxReactivations = 2,
    [timespan] $Timeout = '01:00:00',
    [timespan] $PollInterval = '00:00:10'
)

$ErrorActionPreference = 'Stop'

# Runs a step that changes something; the given Batch error codes mean it was already done
# (its first attempt was carried out although its answer was lost).
function Invoke-Step([scriptblock] $Step, [string[]] $AlreadyDone) {
    try {
        & $Step
    }
    catch {
        $code = ($_.FullyQualifiedErrorId -split ',')[0]
        if ($code -notin $AlreadyDone) { throw }
        Write-Verbose "$code`: already done by an earlier attempt"
    }
}

function Wait-Tasks {
    $wait = Wait-BatchJob -Id $JobId -Timeout $Timeout -PollInterval $PollInterval
    if ($wait.TimedOut) { throw "Job $JobId did not finish its tasks within $Timeout." }
}

Invoke-Step { New-BatchJob -Id $JobId -PoolId $PoolId | Out-Null } -AlreadyDone JobExists
$submitted = @(Import-Csv $TaskListPath | Add-BatchTaskCollection -JobId $JobId)
Write-Verbose "Submitted $($submitted.Count) tasks to $JobId."
Wait-Tasks

$reactivated = [Collections.Generic.List[string]]::new()
$failures = @()
for ($round = 0; ; $round++) {
    $failed = @(Get-BatchTask -JobId $JobId -Filter "executionInfo/result eq 'failure'")
    $failures = @(foreach ($task in $failed) {
        [pscustomobject]@{
            TaskId   = $task.Id
            ExitCode = $task.ExecutionInfo.ExitCode
            StdErr   = ((Get-BatchTaskFile -JobId $JobId -TaskId $task.Id -Path stderr.txt) -join "`n").Trim()
        }
    })
    if ($failed.Count -eq 0 -or $round -ge $MaxReactivations) { break }
    Write-Verbose "Round $($round + 1): reactivating $($failed.Count) failed tasks."
    foreach ($task in $failed) {
        Invoke-Step { $task | Invoke-BatchTaskReactivate } -AlreadyDone TaskNotCompleted, TaskCompletedSuccessfully
        $reactivated.Add($task.Id)
    }
    Wait-Tasks
}

$reason = if ($failures.Count -eq 0) { 'NightlySucceeded' } else { 'NightlyFailed' }
Invoke-Step { Stop-BatchJob -Id $JobId -TerminateReason $reason -Confirm:$false } -AlreadyDone JobBeingTerminated, JobCompleted
$deadline = [DateTime]::UtcNow + $Timeout
while (($job = Get-BatchJob -Id $JobId).State -ne 'completed' -and [DateTime]::UtcNow -lt $deadline) {
    Start-Sleep -Milliseconds 200
}
$counts = (Get-BatchTaskCount -JobId $JobId).TaskCounts

[pscustomobject]@{
    JobId       = $JobId
    State       = "$($job.State)"
    Succeeded   = $counts.Succeeded
    Failed      = $counts.Failed
    Reactivated = $reactivated.ToArray()
    Rounds      = $round
    Failures    = $failures
}
