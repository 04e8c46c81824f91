#Requires -Version 5.1
# Pester 5 suite: the task cmdlets, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Tasks' {
    BeforeAll {
        $script:taskJob = New-TestId 'pestertasks'
        $null = New-BatchJob -Id $script:taskJob -PoolId local
    }

    It 'adds tasks from a CSV file and reports every outcome' {
        $csv = Join-Path $TestDrive 'tasks.csv'
        @(
            [pscustomobject]@{ Id = 'ok'; CommandLine = (Get-ShellCommand 'echo hello') }
            [pscustomobject]@{ Id = 'bad'; CommandLine = (Get-ShellCommand 'exit 3') }
        ) | Export-Csv -Path $csv -NoTypeInformation
        $results = Import-Csv -Path $csv | Add-BatchTaskCollection -JobId $script:taskJob
        @($results.TaskId | Sort-Object) | Should -Be @('bad', 'ok')
        $results | ForEach-Object { $_.Status.ToString() | Should -Be 'Added' }
    }

    It 'reports a task already in the job as AlreadyExisted, without an error' {
        $results = @{ Id = 'ok'; CommandLine = 'x' }, @{ Id = 'fresh'; CommandLine = (Get-ShellCommand 'echo fresh') } |
            Add-BatchTaskCollection -JobId $script:taskJob -ErrorAction SilentlyContinue -ErrorVariable failures
        @($results).Count | Should -Be 2
        @($failures).Count | Should -Be 0
        ($results | Where-Object TaskId -eq 'ok').Status.ToString() | Should -Be 'AlreadyExisted'
        ($results | Where-Object TaskId -eq 'fresh').Status.ToString() | Should -Be 'Added'
    }

    It 'fails a repeated id before sending it, with one error targeted at that task' {
        $results = @{ Id = 'twice'; CommandLine = (Get-ShellCommand 'exit 0') }, @{ Id = 'TWICE'; CommandLine = (Get-ShellCommand 'exit 0') } |
            Add-BatchTaskCollection -JobId $script:taskJob -ErrorAction SilentlyContinue -ErrorVariable failures
        ($results | Where-Object TaskId -ceq 'twice').Status.ToString() | Should -Be 'Added'
        ($results | Where-Object TaskId -ceq 'TWICE').Status.ToString() | Should -Be 'Failed'
        @($failures).Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'TWICE'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DuplicateTaskId,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        { @{ Id = 'twice'; CommandLine = 'x' }, @{ Id = 'twice'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId (New-TestId 'none') -ErrorAction Stop } |
            Should -Throw
    }

    It 'waits for tasks, reads stdout and reactivates failures' {
        $done = Get-BatchTask -JobId $script:taskJob | Wait-BatchTask -Timeout '00:01:00' -PollInterval 1
        ($done | Where-Object Id -eq 'ok').ExecutionInfo.ExitCode | Should -Be 0
        (Get-BatchTaskFile -JobId $script:taskJob -TaskId ok -Path stdout.txt).Trim() | Should -Be 'hello'

        $failed = Get-BatchTask -JobId $script:taskJob -Filter "executionInfo/result eq 'failure'"
        $failed.Id | Should -Be 'bad'
        $reactivated = $failed | Invoke-BatchTaskReactivate -PassThru
        # It may already have run and failed again: either way it left the state it was in.
        ($reactivated.State.ToString() -ne 'completed' -or $reactivated.StateTransitionTime -gt $failed.StateTransitionTime) | Should -BeTrue
    }

    It 'lists the tasks of a piped job' {
        (Get-BatchJob -Id $script:taskJob | Get-BatchTask).Id | Should -Contain 'fresh'
    }

    It 'waits for the job and reports its counts' {
        Get-BatchTask -JobId $script:taskJob -Filter "state ne 'completed'" | Stop-BatchTask -Force
        $result = Wait-BatchJob -Id $script:taskJob -Timeout '00:01:00' -PollInterval 1
        $result.TimedOut | Should -BeFalse
        # ok, bad, fresh and twice.
        (Get-BatchTaskCount -JobId $script:taskJob).TaskCounts.Completed | Should -Be 4
    }

    It 'removes a task and then the job' {
        Remove-BatchTask -JobId $script:taskJob -Id fresh -Force
        Get-BatchTask -JobId $script:taskJob -Id fresh -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Remove-BatchJob -Id $script:taskJob -Confirm:$false
    }
}
