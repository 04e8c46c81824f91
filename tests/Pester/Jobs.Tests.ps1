#Requires -Version 5.1
# Pester 5 suite: the job cmdlets, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Jobs' {
    BeforeAll {
        $script:jobId = New-TestId 'pester'
    }

    It 'creates a job with preparation and release tasks given as hashtables' {
        # The service accepts a release task only together with a preparation task.
        $job = New-BatchJob -Id $script:jobId -PoolId local -Priority 10 -JobPreparationTask @{ CommandLine = (Get-ShellCommand 'echo prepare') } -JobReleaseTask @{ CommandLine = (Get-ShellCommand 'echo release'); MaxWallClockTime = '00:10:00' }
        $job.Id | Should -Be $script:jobId
        $job.JobReleaseTask.MaxWallClockTime | Should -Be ([timespan]'00:10:00')
        $job.Priority | Should -Be 10
    }

    It 'creates nothing under -WhatIf' {
        $id = New-TestId 'whatif'
        New-BatchJob -Id $id -PoolId local -WhatIf
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
        $lookup[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'reports a missing job as ObjectNotFound with the Batch error code as id' {
        Get-BatchJob -Id 'no-such-job' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'JobNotFound,*'
        $failure[0].TargetObject | Should -Be 'no-such-job'
    }

    It 'disables the jobs piped from a filtered listing' {
        Get-BatchJob -Filter "id eq '$($script:jobId)' and state eq 'active'" | Disable-BatchJob -DisableTasks Requeue
        (Get-BatchJob -Id $script:jobId).State.ToString() | Should -BeIn @('disabling', 'disabled')
        Enable-BatchJob -Id $script:jobId -PassThru | Should -Not -BeNullOrEmpty
    }

    It 'refuses a task piped into a job cmdlet' {
        $task = [AzBatchJobs.Client.Models.BatchTask]@{ JobId = $script:jobId; Id = 'some-task' }
        { $task | Remove-BatchJob -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InputObjectNotBound*'
        (Get-BatchJob -Id $script:jobId).Id | Should -Be $script:jobId
    }

    It 'patches only the given properties' {
        $job = Update-BatchJob -Id $script:jobId -MaxParallelTasks 4 -PassThru
        $job.MaxParallelTasks | Should -Be 4
        $job.Priority | Should -Be 10
    }

    It 'shows each request in -Verbose without the key' {
        $verbose = Get-BatchJob -Id $script:jobId -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match "GET .*/jobs/$($script:jobId).*client-request-id"
        ($verbose.Message -join "`n") | Should -Not -Match 'SharedKey |Authorization'
    }
}
