#Requires -Version 5.1
# Pester 5 suite: Wait-BatchJob and Wait-BatchTask, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory

    # A job whose one task never starts: the job is disabled before the task is added.
    function New-StalledJob {
        $id = New-TestId 'stalled'
        New-BatchJob -Id $id -PoolId local | Disable-BatchJob -DisableTasks Requeue
        $null = New-BatchTask -JobId $id -Id waiting -CommandLine hostname
        $id
    }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Wait-BatchJob' {
    It 'waits until the tasks are done and returns a result a test can assert on' {
        $id = New-TestJob 'waitjob'
        $null = New-BatchTask -JobId $id -Id ok -CommandLine hostname
        $result = Wait-BatchJob -Id $id -Timeout 60 -PollInterval 1
        $result.Succeeded | Should -BeTrue
        $result.TimedOut | Should -BeFalse
        $result.TaskCounts.Completed | Should -Be 1
        ($result | ConvertTo-Json | ConvertFrom-Json).State | Should -Be 'active'
    }

    It 'waits for piped jobs until they complete with -UntilCompleted' {
        $id = New-TestJob 'untilcompleted' @{ OnAllTasksComplete = 'TerminateJob' }
        $null = New-BatchTask -JobId $id -Id ok -CommandLine hostname
        (Get-BatchJob -Id $id | Wait-BatchJob -UntilCompleted -Timeout 60 -PollInterval 1).State | Should -Be 'completed'
    }

    It 'warns when a failed preparation task keeps every task from starting, and times out' {
        $id = New-TestJob 'badprep' @{ JobPreparationTask = @{ CommandLine = 'no-such-program-anywhere' } }
        $null = New-BatchTask -JobId $id -Id t1 -CommandLine hostname
        $result = Wait-BatchJob -Id $id -Timeout 4 -PollInterval 1 -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable timedOut -ErrorAction SilentlyContinue
        $warned | Should -HaveCount 1
        "$($warned[0])" | Should -BeLike "*preparation task of job '$id' failed*"
        $result.Warnings | Should -HaveCount 1
        $timedOut[0].FullyQualifiedErrorId | Should -Be 'BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchJobCommand'
    }

    It 'takes -Timeout in seconds and -PollInterval of at least a second' {
        $id = New-StalledJob
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $result = Wait-BatchJob -Id $id -Timeout 2 -PollInterval 1 -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $clock.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 1.9
        $result.TimedOut | Should -BeTrue
        { Wait-BatchJob -Id $id -PollInterval 0.2 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,AzBatchJobs.Cmdlets.WaitBatchJobCommand'
    }

    It 'reports a missing job' {
        Wait-BatchJob -Id no-such-job -Timeout 5 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobNotFound,AzBatchJobs.Cmdlets.WaitBatchJobCommand'
    }
}

Describe 'Wait-BatchTask' {
    It 'waits for a task by id' {
        $id = New-TestJob 'waittask'
        $null = New-BatchTask -JobId $id -Id t1 -CommandLine hostname
        (Wait-BatchTask -JobId $id -Id t1 -Timeout 60 -PollInterval 1).State | Should -Be 'completed'
    }

    It 'waits for piped tasks and writes each once completed' {
        $id = New-TestJob 'waitpipe'
        $done = 'a', 'b' | ForEach-Object { New-BatchTask -JobId $id -Id $_ -CommandLine hostname } | Wait-BatchTask -Timeout 60 -PollInterval 1
        $done.Id | Should -Be @('a', 'b')
        $done.State | Should -Be @('completed', 'completed')
    }

    It 'writes an unfinished task with a timeout error targeted at it' {
        $id = New-StalledJob
        $task = Wait-BatchTask -JobId $id -Id waiting -Timeout 1 -PollInterval 1 -ErrorAction SilentlyContinue -ErrorVariable timedOut
        $task.State | Should -Be 'active'
        $timedOut[0].FullyQualifiedErrorId | Should -Be 'BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchTaskCommand'
        $timedOut[0].TargetObject | Should -Be "$id/waiting"
    }

    It 'reports a task that does not exist as TaskNotFound' {
        $id = New-TestJob 'waitghost'
        Wait-BatchTask -JobId $id -Id ghost -Timeout 10 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'TaskNotFound,AzBatchJobs.Cmdlets.WaitBatchTaskCommand'
        $failure[0].TargetObject | Should -Be "$id/ghost"
    }
}
