#Requires -Version 5.1
# The nightly runbook tested offline with Pester: each Describe starts its own emulator, gives it to
# the runbook through the environment (as Azure Automation or a CI job would), and stops it in
# AfterAll. Run with: Invoke-Pester ./samples/NightlyRunbook

BeforeAll {
    # CI imports the module folder it has just built; elsewhere, the installed module.
    Import-Module $(if ($env:AZBJ_MODULE_MANIFEST) { $env:AZBJ_MODULE_MANIFEST } else { 'AzBatchJobs' })
    $script:runbook = Join-Path $PSScriptRoot 'Invoke-NightlyBatch.ps1'

    # Tonight's work: four tasks that succeed, one that fails once and succeeds on reactivation,
    # one that always fails. New-BatchTestCommandLine writes each for this computer's shell.
    function New-TaskList([string] $Path) {
        @(
            1..4 | ForEach-Object { [pscustomobject]@{ Id = "report-$_"; CommandLine = New-BatchTestCommandLine -StandardOutput "report $_ done" } }
            [pscustomobject]@{ Id = 'flaky'; CommandLine = New-BatchTestCommandLine -FailFirst 1 -ExitCode 3 -StandardError 'input not ready' }
            [pscustomobject]@{ Id = 'broken'; CommandLine = New-BatchTestCommandLine -ExitCode 2 -StandardError 'bad input' }
        ) | Export-Csv -Path $Path -NoTypeInformation
        $Path
    }

    # Runs the runbook; returns its summary and its verbose lines.
    function Invoke-Runbook([string] $JobId) {
        $output = & $script:runbook -TaskListPath (New-TaskList "TestDrive:/$JobId.csv") -JobId $JobId -PollInterval '00:00:01' -Timeout '00:02:00' -Verbose 4>&1
        @{
            Summary = $output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
            Log     = @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        }
    }
}

Describe 'Nightly runbook' {
    BeforeAll {
        # Its own emulator, for this Describe only: -NoDefault leaves the session's default alone,
        # -SetEnvironment gives the runbook AZURE_BATCH_* (Stop-BatchEmulator puts them back).
        $emulator = Start-BatchEmulator -InMemory -NoDefault -SetEnvironment
        $run = Invoke-Runbook -JobId 'nightly-test'
        $summary = $run.Summary
    }

    AfterAll {
        $emulator | Stop-BatchEmulator
    }

    It 'completes the job' {
        $summary.State | Should -Be 'completed'
        (Get-BatchJob -Id 'nightly-test' -Context $emulator.Context).ExecutionInfo.TerminateReason | Should -Be 'NightlyFailed'
    }

    It 'retries the failed tasks, and the flaky one recovers' {
        ($summary.Reactivated | Sort-Object) -join ',' | Should -Be 'broken,broken,flaky'
        (Get-BatchTask -JobId 'nightly-test' -Id flaky -Context $emulator.Context).ExecutionInfo.Result | Should -Be 'success'
    }

    It 'reports the task that still fails, with its exit code and stderr' {
        $summary.Succeeded | Should -Be 5
        $summary.Failed | Should -Be 1
        $summary.Rounds | Should -Be 2
        $summary.Failures.TaskId | Should -Be 'broken'
        $summary.Failures.ExitCode | Should -Be 2
        $summary.Failures.StdErr | Should -Be 'bad input'
    }
}

Describe 'Nightly runbook under faults' {
    BeforeAll {
        # Seed 171 at a 10% fault rate: the first request (the job's creation) is carried out and
        # its connection dropped, and the third is throttled (429); 20% of the tasks in each
        # add-collection are refused with servererror. The same seed replays the same faults.
        $emulator = Start-BatchEmulator -InMemory -NoDefault -SetEnvironment -FaultRate 0.1 -TaskFaultRate 0.2 -Seed 171
        $run = Invoke-Runbook -JobId 'nightly-faults'
        $summary = $run.Summary
    }

    AfterAll {
        $emulator | Stop-BatchEmulator
    }

    It 'survives a dropped connection: the job its retry found was its own' {
        $run.Log | Should -Contain 'JobExists: already done by an earlier attempt'
    }

    It 'writes the same summary as without faults' {
        $summary.State | Should -Be 'completed'
        $summary.Succeeded | Should -Be 5
        $summary.Failed | Should -Be 1
        ($summary.Reactivated | Sort-Object) -join ',' | Should -Be 'broken,broken,flaky'
        $summary.Failures.StdErr | Should -Be 'bad input'
    }
}
