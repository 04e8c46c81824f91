#Requires -Version 5.1
# Pester 5 suite: the job cmdlets, one Describe each, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory

    function Get-JobState([string] $Id) { (Get-BatchJob -Id $Id).State }

    # The request line -Verbose shows for what the script block sends to the given job.
    function Get-RequestTo([string] $JobId, [scriptblock] $Send) {
        @(& $Send 4>&1) | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like "* */jobs/$JobId*" } | ForEach-Object Message
    }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'New-BatchJob' {
    It 'creates a job with preparation and release tasks given as hashtables' {
        $id = New-TestId 'new'
        $job = New-BatchJob -Id $id -PoolId local -Priority 10 -JobPreparationTask @{ CommandLine = 'hostname' } -JobReleaseTask @{ CommandLine = 'hostname'; MaxWallClockTime = '00:10:00' }
        $job.Id | Should -Be $id
        $job.State | Should -Be 'active'
        $job.JobReleaseTask.MaxWallClockTime | Should -Be ([timespan]'00:10:00')
        $job.Priority | Should -Be 10
    }

    It 'takes enum values in any case and sends the service spelling' {
        $job = New-BatchJob -Id (New-TestId 'enum') -PoolId local -OnAllTasksComplete terminateJOB -OnTaskFailure PerformExitOptionsJobAction
        $job.OnAllTasksComplete | Should -Be 'terminatejob'
        $job.OnTaskFailure | Should -Be 'performexitoptionsjobaction'
        ($job | ConvertTo-Json | ConvertFrom-Json).OnAllTasksComplete | Should -Be 'terminatejob'
    }

    It 'creates a job from a piped specification' {
        $id = New-TestId 'spec'
        $job = [AzBatchJobs.Client.Models.BatchJobCreateOptions]@{ Id = $id; PoolInfo = @{ PoolId = 'local' }; MaxParallelTasks = 2 } | New-BatchJob
        $job.MaxParallelTasks | Should -Be 2
    }

    It 'creates nothing under -WhatIf' {
        $id = New-TestId 'whatif'
        New-BatchJob -Id $id -PoolId local -WhatIf
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
        $lookup[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses an unknown enum value before sending, listing the valid ones' {
        { New-BatchJob -Id (New-TestId 'bad') -PoolId local -OnAllTasksComplete Later -ErrorAction Stop } |
            Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,AzBatchJobs.Cmdlets.NewBatchJobCommand' -ExpectedMessage '*Valid values: NoAction, TerminateJob.*'
    }

    It 'reports an existing id as JobExists targeted at the job' {
        $id = New-TestJob 'dup'
        New-BatchJob -Id $id -PoolId local -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobExists,AzBatchJobs.Cmdlets.NewBatchJobCommand'
        $failed[0].TargetObject | Should -Be $id
    }
}

Describe 'Get-BatchJob' {
    It 'gets a job by id and lists jobs with a filter' {
        $id = New-TestJob 'get'
        (Get-BatchJob -Id $id).Id | Should -Be $id
        (Get-BatchJob -Filter "id eq '$id'").Id | Should -Be $id
    }

    It 'takes ids from the pipeline and wildcards in -Id' {
        $prefix = New-TestId 'nightly'
        $null = 'a', 'b' | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId local }
        @("$prefix-a", "$prefix-b" | Get-BatchJob).Id | Should -Be @("$prefix-a", "$prefix-b")
        @(Get-BatchJob -Id "$prefix-*").Id | Sort-Object | Should -Be @("$prefix-a", "$prefix-b")
    }

    It 'reports a missing job as JobNotFound, ObjectNotFound, targeted at the id' {
        Get-BatchJob -Id 'no-such-job' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobNotFound,AzBatchJobs.Cmdlets.GetBatchJobCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-job'
    }

    It 'shows each request in -Verbose without the key' {
        $id = New-TestJob 'verbose'
        $verbose = Get-BatchJob -Id $id -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match "GET .*/jobs/$id.*client-request-id"
        ($verbose.Message -join "`n") | Should -Not -Match 'SharedKey |Authorization'
    }
}

Describe 'Set-BatchJob' {
    It 'replaces the job with a modified object' {
        $id = New-TestJob 'set'
        $job = Get-BatchJob -Id $id
        $job.Priority = 7
        $job.Constraints = @{ MaxTaskRetryCount = 2 }
        $updated = $job | Set-BatchJob -PassThru
        $updated.Priority | Should -Be 7
        $updated.Constraints.MaxTaskRetryCount | Should -Be 2
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestJob 'setwhatif'
        $job = Get-BatchJob -Id $id
        $job.Priority = 99
        $job | Set-BatchJob -WhatIf
        (Get-BatchJob -Id $id).Priority | Should -Be 0
    }

    It 'reports a job that no longer exists' {
        $job = [AzBatchJobs.Client.Models.BatchJob]@{ Id = 'no-such-job'; PoolInfo = @{ PoolId = 'local' } }
        $job | Set-BatchJob -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobNotFound,AzBatchJobs.Cmdlets.SetBatchJobCommand'
    }
}

Describe 'Update-BatchJob' {
    It 'patches only the given properties' {
        $id = New-TestJob 'update' @{ Priority = 10 }
        $job = Update-BatchJob -Id $id -MaxParallelTasks 4 -PassThru
        $job.MaxParallelTasks | Should -Be 4
        $job.Priority | Should -Be 10
    }

    It 'patches each piped job by its own id' {
        $prefix = New-TestId 'updpipe'
        $null = 1, 2 | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId local }
        Get-BatchJob -Id "$prefix-*" | Update-BatchJob -Priority 500
        @(Get-BatchJob -Id "$prefix-*").Priority | Should -Be @(500, 500)
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestJob 'updwhatif'
        Update-BatchJob -Id $id -Priority 300 -WhatIf
        (Get-BatchJob -Id $id).Priority | Should -Be 0
    }

    It 'refuses an out-of-range priority at binding' {
        { Update-BatchJob -Id any -Priority 5000 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AzBatchJobs.Cmdlets.UpdateBatchJobCommand'
    }
}

Describe 'Disable-BatchJob' {
    It 'disables a job, taking -DisableTasks in any case' {
        $id = New-TestJob 'disable'
        (Disable-BatchJob -Id $id -DisableTasks requeue -PassThru).State | Should -BeIn @('disabling', 'disabled')
    }

    It 'disables the jobs piped from a filtered listing' {
        $id = New-TestJob 'disablepipe'
        Get-BatchJob -Filter "id eq '$id' and state eq 'active'" | Disable-BatchJob -DisableTasks Requeue
        Get-JobState $id | Should -BeIn @('disabling', 'disabled')
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestJob 'disablewhatif'
        Disable-BatchJob -Id $id -DisableTasks Wait -WhatIf
        Get-JobState $id | Should -Be 'active'
    }

    It 'refuses an unknown -DisableTasks value, listing the valid ones' {
        { Disable-BatchJob -Id any -DisableTasks Later -ErrorAction Stop } |
            Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,AzBatchJobs.Cmdlets.DisableBatchJobCommand' -ExpectedMessage '*Requeue, Terminate, Wait*'
    }
}

Describe 'Enable-BatchJob' {
    It 'enables a disabled job' {
        $id = New-TestJob 'enable'
        Disable-BatchJob -Id $id -DisableTasks Requeue
        (Enable-BatchJob -Id $id -PassThru).State | Should -BeIn @('enabling', 'active')
    }

    It 'enables piped jobs' {
        $id = New-TestJob 'enablepipe'
        Disable-BatchJob -Id $id -DisableTasks Requeue
        Get-BatchJob -Id $id | Enable-BatchJob
        Get-JobState $id | Should -BeIn @('enabling', 'active')
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestJob 'enablewhatif'
        Disable-BatchJob -Id $id -DisableTasks Requeue
        Enable-BatchJob -Id $id -WhatIf
        Get-JobState $id | Should -BeIn @('disabling', 'disabled')
    }

    It 'reports enabling a job that is not disabled' {
        $id = New-TestJob 'notdisabled'
        Enable-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -BeLike '*,AzBatchJobs.Cmdlets.EnableBatchJobCommand'
        $failure[0].TargetObject | Should -Be $id
    }
}

Describe 'Stop-BatchJob' {
    It 'terminates a job with a reason, -Force skipping the prompt' {
        $id = New-TestJob 'stop'
        $job = Stop-BatchJob -Id $id -TerminateReason Superseded -Force -PassThru
        $job.State | Should -BeIn @('terminating', 'completed')
        $job.ExecutionInfo.TerminateReason | Should -Be 'Superseded'
    }

    It 'sends the service force only with -SkipNodeCleanup' {
        $plain, $skip = (New-TestJob 'stopplain'), (New-TestJob 'stopskip')
        $request = Get-RequestTo $plain { Stop-BatchJob -Id $plain -Force -Verbose }
        $request | Should -BeLike "POST */jobs/$plain/terminate?*"
        $request | Should -Not -Match 'force='
        Get-RequestTo $skip { Stop-BatchJob -Id $skip -Force -SkipNodeCleanup -Verbose } | Should -Match 'force=true'
    }

    It 'terminates piped jobs' {
        $id = New-TestJob 'stoppipe'
        Get-BatchJob -Id $id | Stop-BatchJob -Force
        Get-JobState $id | Should -BeIn @('terminating', 'completed')
    }

    It 'changes nothing under -WhatIf, even with -Force' {
        $id = New-TestJob 'stopwhatif'
        Stop-BatchJob -Id $id -Force -WhatIf
        Get-JobState $id | Should -Be 'active'
    }

    It 'reports a missing job' {
        Stop-BatchJob -Id no-such-job -Force -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobNotFound,AzBatchJobs.Cmdlets.StopBatchJobCommand'
    }
}

Describe 'Remove-BatchJob' {
    It 'deletes a job, -Force skipping the prompt' {
        $id = New-TestJob 'remove'
        Remove-BatchJob -Id $id -Force
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable gone | ForEach-Object State | Should -BeIn @($null, 'deleting')
    }

    It 'sends the service force only with -SkipNodeCleanup' {
        $plain, $skip = (New-TestJob 'rmplain'), (New-TestJob 'rmskip')
        $request = Get-RequestTo $plain { Remove-BatchJob -Id $plain -Force -Verbose }
        $request | Should -BeLike "DELETE */jobs/$($plain)?*"
        $request | Should -Not -Match 'force='
        Get-RequestTo $skip { Remove-BatchJob -Id $skip -Force -SkipNodeCleanup -Verbose } | Should -Match 'force=true'
    }

    It 'changes nothing under -WhatIf, even with -Force' {
        $id = New-TestJob 'rmwhatif'
        Remove-BatchJob -Id $id -Force -WhatIf
        Get-JobState $id | Should -Be 'active'
    }

    It 'refuses a task piped in instead of a job' {
        $id = New-TestJob 'rmtask'
        $task = [AzBatchJobs.Client.Models.BatchTask]@{ JobId = $id; Id = 'some-task' }
        { $task | Remove-BatchJob -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InputObjectNotBound*'
        Get-JobState $id | Should -Be 'active'
    }
}

Describe 'Get-BatchTaskCount' {
    It 'counts the tasks of a job' {
        $id = New-TestJob 'count'
        $null = New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Wait-BatchTask -Timeout 60
        $counts = Get-BatchTaskCount -JobId $id
        $counts.JobId | Should -Be $id
        $counts.TaskCounts.Completed | Should -Be 1
    }

    It 'counts each job piped from Get-BatchJob (help example 2)' {
        $prefix = New-TestId 'countpipe'
        $null = 1, 2 | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId local }
        @(Get-BatchJob -Filter "state eq 'active'" | Get-BatchTaskCount | Where-Object JobId -like "$prefix-*").Count | Should -Be 2
    }

    It 'reports a missing job' {
        Get-BatchTaskCount -JobId no-such-job -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobNotFound,AzBatchJobs.Cmdlets.GetBatchTaskCountCommand'
    }
}

Describe 'Get-BatchJobPreparationAndReleaseTaskStatus' {
    It 'lists the preparation task status of each node, for a piped job' {
        $id = New-TestJob 'prep' @{ JobPreparationTask = @{ CommandLine = 'hostname' } }
        $null = New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Wait-BatchTask -Timeout 60
        $status = Get-BatchJob -Id $id | Get-BatchJobPreparationAndReleaseTaskStatus
        $status.JobId | Should -Be $id
        $status.JobPreparationTaskExecutionInfo.State | Should -Be 'completed'
    }

    It 'reports a job without preparation task as the service conflict' {
        $id = New-TestJob 'noprep'
        Get-BatchJobPreparationAndReleaseTaskStatus -JobId $id -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobPreparationTaskNotSpecified,AzBatchJobs.Cmdlets.GetBatchJobPreparationAndReleaseTaskStatusCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
    }
}
