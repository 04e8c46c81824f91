#Requires -Version 5.1
# Pester 5 suite: the job schedule cmdlets, one Describe each, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory

    # Creates a schedule with a fresh id on the emulator's pool, due every hour (its first job at once), and returns its id.
    function New-TestSchedule([string] $Prefix = 'sched', [hashtable] $With = @{}) {
        $id = New-TestId $Prefix
        $null = New-BatchJobSchedule -Id $id -PoolId local -RecurrenceInterval 3600 @With
        $id
    }

    function Get-ScheduleState([string] $Id) { (Get-BatchJobSchedule -Id $Id).State }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'New-BatchJobSchedule' {
    It 'creates a schedule from a job specification hashtable and times in seconds, with its first job' {
        $id = New-TestId 'new'
        $schedule = New-BatchJobSchedule -Id $id -PoolId local -RecurrenceInterval 3600 -StartWindow 600 -JobSpecification @{ Priority = 10; JobManagerTask = @{ Id = 'manager'; CommandLine = 'hostname' } }
        $schedule.State | Should -Be 'active'
        $schedule.Schedule.RecurrenceInterval | Should -Be ([timespan]'01:00:00')
        $schedule.Schedule.StartWindow | Should -Be ([timespan]'00:10:00')
        $schedule.JobSpecification.Priority | Should -Be 10
        $schedule.JobSpecification.PoolInfo.PoolId | Should -Be 'local'
        $schedule.ExecutionInfo.RecentJob.Id | Should -Be "${id}:job-1"
    }

    It 'creates a schedule from a piped specification' {
        $id = New-TestId 'spec'
        $schedule = [AzBatchJobs.Client.Models.BatchJobScheduleCreateOptions]@{ Id = $id; Schedule = @{}; JobSpecification = @{ PoolInfo = @{ PoolId = 'local' } } } | New-BatchJobSchedule
        $schedule.Id | Should -Be $id
    }

    It 'creates nothing under -WhatIf' {
        $id = New-TestId 'whatif'
        New-BatchJobSchedule -Id $id -PoolId local -WhatIf
        Get-BatchJobSchedule -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
        $lookup[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'reports an existing id as JobScheduleExists targeted at the schedule' {
        $id = New-TestSchedule 'dup'
        New-BatchJobSchedule -Id $id -PoolId local -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobScheduleExists,AzBatchJobs.Cmdlets.NewBatchJobScheduleCommand'
        $failed[0].TargetObject | Should -Be $id
    }

    It 'refuses a recurrence interval under a minute before sending, naming it' {
        { New-BatchJobSchedule -Id (New-TestId 'short') -PoolId local -RecurrenceInterval 30 -ErrorAction Stop } |
            Should -Throw -ErrorId 'BatchInvalidArgument,AzBatchJobs.Cmdlets.NewBatchJobScheduleCommand' -ExpectedMessage '*RecurrenceInterval*at least 00:01:00*'
    }
}

Describe 'Get-BatchJobSchedule' {
    It 'gets a schedule by id and lists schedules with a filter' {
        $id = New-TestSchedule 'get'
        (Get-BatchJobSchedule -Id $id).Id | Should -Be $id
        (Get-BatchJobSchedule -Filter "id eq '$id'").Id | Should -Be $id
    }

    It 'takes ids from the pipeline and wildcards in -Id' {
        $prefix = New-TestId 'nightly'
        $null = 'a', 'b' | ForEach-Object { New-BatchJobSchedule -Id "$prefix-$_" -PoolId local }
        @("$prefix-a", "$prefix-b" | Get-BatchJobSchedule).Id | Should -Be @("$prefix-a", "$prefix-b")
        @(Get-BatchJobSchedule -Id "$prefix-*").Id | Sort-Object | Should -Be @("$prefix-a", "$prefix-b")
    }

    It 'pipes a schedule to Get-BatchJob for the jobs it created (help example 3)' {
        $id = New-TestSchedule 'jobs'
        @(Get-BatchJobSchedule -Id $id | Get-BatchJob).Id | Should -Be @("${id}:job-1")
    }

    It 'reports a missing schedule as JobScheduleNotFound, ObjectNotFound, targeted at the id' {
        Get-BatchJobSchedule -Id 'no-such-schedule' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -Be 'JobScheduleNotFound,AzBatchJobs.Cmdlets.GetBatchJobScheduleCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-schedule'
    }
}

Describe 'Set-BatchJobSchedule' {
    It 'replaces the schedule with a modified object' {
        $id = New-TestSchedule 'set'
        $schedule = Get-BatchJobSchedule -Id $id
        $schedule.JobSpecification.Priority = 500
        $schedule.Schedule.RecurrenceInterval = '02:00:00'
        $replaced = $schedule | Set-BatchJobSchedule -PassThru
        $replaced.JobSpecification.Priority | Should -Be 500
        $replaced.Schedule.RecurrenceInterval | Should -Be ([timespan]'02:00:00')
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestSchedule 'setwhatif'
        $schedule = Get-BatchJobSchedule -Id $id
        $schedule.JobSpecification.Priority = 500
        $schedule | Set-BatchJobSchedule -WhatIf
        (Get-BatchJobSchedule -Id $id).JobSpecification.Priority | Should -Be 0
    }

    It 'reports a schedule that no longer exists' {
        $id = New-TestSchedule 'setgone'
        $schedule = Get-BatchJobSchedule -Id $id
        Remove-BatchJobSchedule -Id $id -Force
        $schedule | Set-BatchJobSchedule -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeIn @('JobScheduleNotFound,AzBatchJobs.Cmdlets.SetBatchJobScheduleCommand', 'JobScheduleBeingDeleted,AzBatchJobs.Cmdlets.SetBatchJobScheduleCommand')
        $failed[0].TargetObject | Should -Be $id
    }
}

Describe 'Update-BatchJobSchedule' {
    It 'replaces the schedule with the times given and keeps the job specification' {
        $id = New-TestSchedule 'update' @{ StartWindow = 600 }
        $updated = Update-BatchJobSchedule -Id $id -RecurrenceInterval '06:00:00' -PassThru
        $updated.Schedule.RecurrenceInterval | Should -Be ([timespan]'06:00:00')
        $updated.Schedule.StartWindow | Should -BeNullOrEmpty
        $updated.JobSpecification.PoolInfo.PoolId | Should -Be 'local'
    }

    It 'patches each piped schedule by its own id' {
        $prefix = New-TestId 'updatepipe'
        $null = 'a', 'b' | ForEach-Object { New-BatchJobSchedule -Id "$prefix-$_" -PoolId local -RecurrenceInterval 3600 }
        Get-BatchJobSchedule -Id "$prefix-*" | Update-BatchJobSchedule -JobSpecification @{ PoolInfo = @{ PoolId = 'other' }; Priority = 7 }
        @(Get-BatchJobSchedule -Id "$prefix-*").JobSpecification.Priority | Should -Be @(7, 7)
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestSchedule 'updatewhatif'
        Update-BatchJobSchedule -Id $id -RecurrenceInterval 60 -WhatIf
        (Get-BatchJobSchedule -Id $id).Schedule.RecurrenceInterval | Should -Be ([timespan]'01:00:00')
    }

    It 'reports a missing schedule as JobScheduleNotFound' {
        Update-BatchJobSchedule -Id 'no-such-schedule' -RecurrenceInterval 60 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobScheduleNotFound,AzBatchJobs.Cmdlets.UpdateBatchJobScheduleCommand'
    }
}

Describe 'Disable-BatchJobSchedule' {
    It 'disables a schedule and -PassThru returns it' {
        $id = New-TestSchedule 'disable'
        (Disable-BatchJobSchedule -Id $id -PassThru).State | Should -Be 'disabled'
    }

    It 'disables piped schedules' {
        $id = New-TestSchedule 'disablepipe'
        Get-BatchJobSchedule -Id $id | Disable-BatchJobSchedule
        Get-ScheduleState $id | Should -Be 'disabled'
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestSchedule 'disablewhatif'
        Disable-BatchJobSchedule -Id $id -WhatIf
        Get-ScheduleState $id | Should -Be 'active'
    }

    It 'refuses a piped job instead of taking its id for a schedule' {
        $id = New-TestSchedule 'nojob'
        [AzBatchJobs.Client.Models.BatchJob]@{ Id = $id } | Disable-BatchJobSchedule -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InputObjectNotBound,*'
        Get-ScheduleState $id | Should -Be 'active'
    }
}

Describe 'Enable-BatchJobSchedule' {
    It 'enables a disabled schedule' {
        $id = New-TestSchedule 'enable'
        Disable-BatchJobSchedule -Id $id
        (Enable-BatchJobSchedule -Id $id -PassThru).State | Should -Be 'active'
    }

    It 'enables piped schedules' {
        $id = New-TestSchedule 'enablepipe'
        Disable-BatchJobSchedule -Id $id
        Get-BatchJobSchedule -Id $id | Enable-BatchJobSchedule
        Get-ScheduleState $id | Should -Be 'active'
    }

    It 'changes nothing under -WhatIf' {
        $id = New-TestSchedule 'enablewhatif'
        Disable-BatchJobSchedule -Id $id
        Enable-BatchJobSchedule -Id $id -WhatIf
        Get-ScheduleState $id | Should -Be 'disabled'
    }

    It 'reports a missing schedule as JobScheduleNotFound' {
        Enable-BatchJobSchedule -Id 'no-such-schedule' -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobScheduleNotFound,AzBatchJobs.Cmdlets.EnableBatchJobScheduleCommand'
    }
}

Describe 'Stop-BatchJobSchedule' {
    It 'terminates a schedule and its job, -Force skipping the prompt' {
        $id = New-TestSchedule 'stop'
        (Stop-BatchJobSchedule -Id $id -Force -PassThru).State | Should -BeIn @('terminating', 'completed')
        (Get-BatchJob -Id "${id}:job-1").State | Should -BeIn @('terminating', 'completed')
    }

    It 'terminates piped schedules' {
        $id = New-TestSchedule 'stoppipe'
        Get-BatchJobSchedule -Id $id | Stop-BatchJobSchedule -Force
        Get-ScheduleState $id | Should -BeIn @('terminating', 'completed')
    }

    It 'changes nothing under -WhatIf, even with -Force' {
        $id = New-TestSchedule 'stopwhatif'
        Stop-BatchJobSchedule -Id $id -Force -WhatIf
        Get-ScheduleState $id | Should -Be 'active'
    }

    It 'reports a missing schedule as JobScheduleNotFound' {
        Stop-BatchJobSchedule -Id 'no-such-schedule' -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobScheduleNotFound,AzBatchJobs.Cmdlets.StopBatchJobScheduleCommand'
    }
}

Describe 'Remove-BatchJobSchedule' {
    It 'deletes a schedule with its jobs' {
        $id = New-TestSchedule 'remove'
        Remove-BatchJobSchedule -Id $id -Force
        $job = Get-BatchJob -Id "${id}:job-1" -ErrorAction SilentlyContinue -ErrorVariable jobLookup
        $schedule = Get-BatchJobSchedule -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
        $(if ($job) { $job.State } else { $jobLookup[0].CategoryInfo.Category }) | Should -BeIn @('deleting', 'ObjectNotFound')
        $(if ($schedule) { $schedule.State } else { $lookup[0].CategoryInfo.Category }) | Should -BeIn @('deleting', 'ObjectNotFound')
    }

    It 'deletes piped schedules' {
        $prefix = New-TestId 'removepipe'
        $null = 'a', 'b' | ForEach-Object { New-BatchJobSchedule -Id "$prefix-$_" -PoolId local }
        Get-BatchJobSchedule -Id "$prefix-*" | Remove-BatchJobSchedule -Force
        @(Get-BatchJobSchedule -Id "$prefix-*" | Where-Object State -ne 'deleting').Count | Should -Be 0
    }

    It 'changes nothing under -WhatIf, even with -Force' {
        $id = New-TestSchedule 'removewhatif'
        Remove-BatchJobSchedule -Id $id -Force -WhatIf
        Get-ScheduleState $id | Should -Be 'active'
    }

    It 'reports a missing schedule as JobScheduleNotFound' {
        Remove-BatchJobSchedule -Id 'no-such-schedule' -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -Be 'JobScheduleNotFound,AzBatchJobs.Cmdlets.RemoveBatchJobScheduleCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
