#Requires -Version 5.1
# Pester 5 suite: the task cmdlets, one Describe per cmdlet (normal use, pipeline input, -WhatIf, errors),
# in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory

    function New-TestJob {
        <# A fresh job; -Disabled: its tasks wait, nothing runs. #>
        param([switch] $Disabled, [switch] $UsesTaskDependencies, [string] $OnTaskFailure = 'noaction')
        $id = New-TestId 'pester'
        $null = New-BatchJob -Id $id -PoolId local -UsesTaskDependencies:$UsesTaskDependencies -OnTaskFailure $OnTaskFailure
        if ($Disabled) { Disable-BatchJob -Id $id -DisableTasks Requeue }
        $id
    }

    function Wait-TaskCompleted {
        <# Polls until the tasks have completed (at most 30 s) and returns them. #>
        param([string] $JobId, [string[]] $Id)
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ($true) {
            $tasks = @(Get-BatchTask -JobId $JobId -Id $Id)
            if (@($tasks | Where-Object { "$($_.State)" -ne 'completed' }).Count -eq 0) { return $tasks }
            if ([DateTime]::UtcNow -gt $deadline) { throw "Tasks $Id of job $JobId did not complete within 30 s." }
            Start-Sleep -Milliseconds 100
        }
    }

    function Get-SleepCommand {
        <# A command line that runs for a minute on this machine's shell. #>
        if ($PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows) { 'cmd /c ping -n 60 127.0.0.1' } else { "/bin/sh -c 'sleep 60'" }
    }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'New-BatchTask' {
    It 'adds a task with nested settings written as hashtables and returns it' {
        # A job action needs a job that acts on task failures.
        $job = New-TestJob -Disabled -UsesTaskDependencies -OnTaskFailure performexitoptionsjobaction
        $task = New-BatchTask -JobId $job -Id t1 -CommandLine (Get-ShellCommand 'echo hi') -DisplayName 'first' `
            -Constraints @{ MaxTaskRetryCount = 2 } -EnvironmentSettings @{ GREETING = 'hello' } `
            -DependsOn @{ TaskIds = 'a'; TaskIdRanges = @{ Start = 1; End = 3 } } `
            -ExitConditions @{ ExitCodes = @(@{ Code = 3; ExitOptions = @{ JobAction = 'terminate' } }) }
        $task.Id | Should -Be 't1'
        $task.JobId | Should -Be $job
        $task.Constraints.MaxTaskRetryCount | Should -Be 2
        $task.EnvironmentSettings.Name | Should -Be 'GREETING'
        $task.DependsOn.TaskIds | Should -Be @('a')
        $task.DependsOn.TaskIdRanges[0].End | Should -Be 3
        "$($task.ExitConditions.ExitCodes[0].ExitOptions.JobAction)" | Should -Be 'terminate'
    }

    It 'adds piped hashtables and CSV rows' {
        $job = New-TestJob -Disabled
        $rows = "Id,CommandLine,MaxTaskRetryCount`nrow,echo row,4" | ConvertFrom-Csv
        $added = @(@{ Id = 'table'; CommandLine = 'echo table' }, $rows | New-BatchTask -JobId $job)
        $added.Id | Should -Be @('table', 'row')
        $added[1].Constraints.MaxTaskRetryCount | Should -Be 4
    }

    It 'adds nothing with -WhatIf' {
        $job = New-TestJob -Disabled
        New-BatchTask -JobId $job -Id t1 -CommandLine 'echo' -WhatIf | Should -BeNullOrEmpty
        Get-BatchTask -JobId $job | Should -BeNullOrEmpty
    }

    It 'names an unknown key of a piped hashtable and an existing id' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id taken -CommandLine 'echo'
        @{ Id = 'typo'; CommandLin = 'echo' }, @{ Id = 'taken'; CommandLine = 'echo' } |
            New-BatchTask -JobId $job -ErrorAction SilentlyContinue -ErrorVariable failures | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -Be 'UnknownTaskProperty,AzBatchJobs.Cmdlets.NewBatchTaskCommand'
        $failures[0].Exception.Message | Should -Match "'CommandLin'"
        $failures[1].FullyQualifiedErrorId | Should -Be 'TaskExists,AzBatchJobs.Cmdlets.NewBatchTaskCommand'
        $failures[1].CategoryInfo.Category | Should -Be 'ResourceExists'
    }
}

Describe 'Get-BatchTask' {
    BeforeAll {
        $script:listJob = New-TestJob -Disabled
        'extract-1', 'extract-2', 'load-1' | ForEach-Object { $null = New-BatchTask -JobId $script:listJob -Id $_ -CommandLine 'echo' }
    }

    It 'lists the tasks of a job, one task, or ids with wildcards' {
        (Get-BatchTask -JobId $script:listJob).Id | Sort-Object | Should -Be @('extract-1', 'extract-2', 'load-1')
        (Get-BatchTask $script:listJob load-1).Id | Should -Be 'load-1'
        (Get-BatchTask -JobId $script:listJob -Id 'extract-*').Id | Sort-Object | Should -Be @('extract-1', 'extract-2')
        (Get-BatchTask -JobId $script:listJob -Id '*-1').Id | Sort-Object | Should -Be @('extract-1', 'load-1')
    }

    It 'takes piped jobs, piped tasks and piped ids' {
        (Get-BatchJob -Id $script:listJob | Get-BatchTask).Count | Should -Be 3
        (Get-BatchTask $script:listJob extract-2 | Get-BatchTask).Id | Should -Be 'extract-2'
        ('load-1', 'extract-1' | Get-BatchTask -JobId $script:listJob).Id | Should -Be @('load-1', 'extract-1')
    }

    It 'filters on the service and selects properties' {
        $tasks = Get-BatchTask -JobId $script:listJob -Filter "startswith(id, 'load')" -Select id, state
        $tasks.Id | Should -Be 'load-1'
        $tasks.CommandLine | Should -BeNullOrEmpty
    }

    It 'writes an error targeted at a missing task and goes on' {
        $found = Get-BatchTask -JobId $script:listJob -Id gone, load-1 -ErrorAction SilentlyContinue -ErrorVariable failures
        $found.Id | Should -Be 'load-1'
        $failures[0].FullyQualifiedErrorId | Should -Be 'TaskNotFound,AzBatchJobs.Cmdlets.GetBatchTaskCommand'
        $failures[0].TargetObject | Should -Be "$($script:listJob)/gone"
    }
}

Describe 'Set-BatchTask' {
    It 'changes one constraint and keeps the others' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id c -CommandLine 'echo' -Constraints @{ MaxWallClockTime = '00:30:00' }
        $task = Set-BatchTask -JobId $job -Id c -MaxTaskRetryCount 4 -PassThru
        $task.Constraints.MaxTaskRetryCount | Should -Be 4
        $task.Constraints.MaxWallClockTime | Should -Be ([TimeSpan]::FromMinutes(30))
    }

    It 'changes piped tasks' {
        $job = New-TestJob -Disabled
        'a', 'b' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine 'echo' }
        Get-BatchTask -JobId $job | Set-BatchTask -RetentionTime '1.00:00:00'
        (Get-BatchTask -JobId $job).Constraints.RetentionTime | Should -Be @([TimeSpan]::FromDays(1), [TimeSpan]::FromDays(1))
    }

    It 'changes nothing with -WhatIf' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id c -CommandLine 'echo' -Constraints @{ MaxTaskRetryCount = 1 }
        Set-BatchTask -JobId $job -Id c -MaxTaskRetryCount 9 -WhatIf
        (Get-BatchTask -JobId $job -Id c).Constraints.MaxTaskRetryCount | Should -Be 1
    }

    It 'refuses a call that changes nothing, and a retry count below -1' {
        Set-BatchTask -JobId any -Id any -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -Be 'BatchNothingToChange,AzBatchJobs.Cmdlets.SetBatchTaskCommand'
        { Set-BatchTask -JobId any -Id any -MaxTaskRetryCount -2 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AzBatchJobs.Cmdlets.SetBatchTaskCommand'
    }
}

Describe 'Stop-BatchTask' {
    It 'terminates a running task' {
        $job = New-TestJob
        $null = New-BatchTask -JobId $job -Id sleeper -CommandLine (Get-SleepCommand)
        Stop-BatchTask -JobId $job -Id sleeper -Force
        (Wait-TaskCompleted $job sleeper).ExecutionInfo.FailureInfo.Code | Should -Be 'TaskEnded'
    }

    It 'terminates piped tasks and passes them on' {
        $job = New-TestJob
        $null = New-BatchTask -JobId $job -Id s1 -CommandLine (Get-SleepCommand)
        $stopped = Get-BatchTask -JobId $job | Stop-BatchTask -Force -PassThru
        $stopped.Id | Should -Be 's1'
        (Wait-TaskCompleted $job s1).State | Should -Be 'completed'
    }

    It 'leaves the task alone with -WhatIf' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id waiting -CommandLine 'echo'
        Stop-BatchTask -JobId $job -Id waiting -WhatIf
        "$((Get-BatchTask -JobId $job -Id waiting).State)" | Should -Be 'active'
    }

    It 'writes an error for a missing task' {
        $job = New-TestJob -Disabled
        Stop-BatchTask -JobId $job -Id gone -Force -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be "$job/gone"
    }
}

Describe 'Remove-BatchTask' {
    It 'deletes a task' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id gone -CommandLine 'echo'
        Remove-BatchTask -JobId $job -Id gone -Force
        Get-BatchTask -JobId $job | Should -BeNullOrEmpty
    }

    It 'deletes piped tasks' {
        $job = New-TestJob -Disabled
        'a', 'b', 'c' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine 'echo' }
        Get-BatchTask -JobId $job -Id a, b | Remove-BatchTask -Confirm:$false
        (Get-BatchTask -JobId $job).Id | Should -Be 'c'
    }

    It 'deletes nothing with -WhatIf' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id kept -CommandLine 'echo'
        Remove-BatchTask -JobId $job -Id kept -WhatIf
        (Get-BatchTask -JobId $job).Id | Should -Be 'kept'
    }

    It 'writes an error for a missing task' {
        $job = New-TestJob -Disabled
        Remove-BatchTask -JobId $job -Id gone -Force -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -Be 'TaskNotFound,AzBatchJobs.Cmdlets.RemoveBatchTaskCommand'
    }
}

Describe 'Invoke-BatchTaskReactivate' {
    BeforeAll {
        $script:failJob = New-TestJob
        $null = New-BatchTask -JobId $script:failJob -Id fails -CommandLine (Get-ShellCommand 'exit 3')
        $null = New-BatchTask -JobId $script:failJob -Id works -CommandLine (Get-ShellCommand 'exit 0')
        $script:failed = Wait-TaskCompleted $script:failJob fails, works | Where-Object { "$($_.ExecutionInfo.Result)" -eq 'failure' }
    }

    It 'reactivates a failed task by id' {
        $task = Invoke-BatchTaskReactivate -JobId $script:failJob -Id fails -PassThru
        # It may already have run and failed again: either way it left the state it was in.
        ("$($task.State)" -ne 'completed' -or $task.StateTransitionTime -gt $script:failed.StateTransitionTime) | Should -BeTrue
    }

    It 'reactivates the failed tasks piped from a filter' {
        $job = New-TestJob
        $null = New-BatchTask -JobId $job -Id again -CommandLine (Get-ShellCommand 'exit 5')
        $before = Wait-TaskCompleted $job again
        $task = Get-BatchTask -JobId $job -Filter "executionInfo/result eq 'failure'" | Invoke-BatchTaskReactivate -PassThru
        $task.Id | Should -Be 'again'
        ("$($task.State)" -ne 'completed' -or $task.StateTransitionTime -gt $before.StateTransitionTime) | Should -BeTrue
    }

    It 'sends nothing with -WhatIf' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id waiting -CommandLine 'echo'
        $before = Get-BatchTask -JobId $job -Id waiting
        Invoke-BatchTaskReactivate -JobId $job -Id waiting -WhatIf
        (Get-BatchTask -JobId $job -Id waiting).StateTransitionTime | Should -Be $before.StateTransitionTime
    }

    It 'refuses a task that has not completed' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id waiting -CommandLine 'echo'
        Invoke-BatchTaskReactivate -JobId $job -Id waiting -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -Be 'TaskNotCompleted,AzBatchJobs.Cmdlets.InvokeBatchTaskReactivateCommand'
        $failures[0].TargetObject | Should -Be "$job/waiting"
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
    }
}

Describe 'Get-BatchSubtask' {
    It 'returns nothing for a task that is not multi-instance' {
        $job = New-TestJob -Disabled
        $null = New-BatchTask -JobId $job -Id plain -CommandLine 'echo'
        Get-BatchSubtask -JobId $job -TaskId plain | Should -BeNullOrEmpty
    }

    It 'lists the subtasks of a piped multi-instance task' {
        $job = New-TestJob
        $null = New-BatchTask -JobId $job -Id mpi -CommandLine (Get-ShellCommand 'echo primary') `
            -MultiInstanceSettings @{ NumberOfInstances = 2; CoordinationCommandLine = (Get-ShellCommand 'echo coordinate') }
        $null = Wait-TaskCompleted $job mpi
        $subtasks = Get-BatchTask -JobId $job -Id mpi | Get-BatchSubtask
        $subtasks.Id | Should -Be 1
        "$($subtasks.State)" | Should -Be 'completed'
    }

    It 'writes an error for a missing task' {
        $job = New-TestJob -Disabled
        Get-BatchSubtask -JobId $job -TaskId gone -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be "$job/gone"
    }
}

Describe 'Get-BatchTaskFile' {
    BeforeAll {
        $script:fileJob = New-TestJob
        $null = New-BatchTask -JobId $script:fileJob -Id ok -CommandLine (Get-ShellCommand 'echo hello&& echo world')
        $null = New-BatchTask -JobId $script:fileJob -Id bad -CommandLine (Get-ShellCommand 'echo broken>&2&& exit 3')
        $null = Wait-TaskCompleted $script:fileJob ok, bad
    }

    It 'lists the files of a task and reads one line by line' {
        (Get-BatchTaskFile -JobId $script:fileJob -TaskId ok).Name | Should -Contain 'stdout.txt'
        $lines = Get-BatchTaskFile -JobId $script:fileJob -TaskId ok -Path stdout.txt
        $lines.Count | Should -Be 2
        ($lines | Select-String world).Line.Trim() | Should -Be 'world'
        (Get-BatchTaskFile -JobId $script:fileJob -TaskId ok -Path stdout.txt -Raw) | Should -BeOfType [string]
    }

    It 'reads the stderr of failed tasks piped from a filter' {
        $lines = Get-BatchTask -JobId $script:fileJob -Filter "executionInfo/result eq 'failure'" | Get-BatchTaskFile -Path stderr.txt
        "$lines".Trim() | Should -Be 'broken'
        $lines.TaskId | Should -Be 'bad'
        (Get-BatchTask $script:fileJob ok | Get-BatchTaskFile stdout.txt)[0].Trim() | Should -Be 'hello'
        (Get-BatchTaskFile -JobId $script:fileJob -TaskId ok | Where-Object Name -eq 'stdout.txt' | Get-BatchTaskFile)[1].Trim() | Should -Be 'world'
    }

    It 'saves the files of piped tasks into a folder, one per task' {
        $saved = Get-BatchTask -JobId $script:fileJob | Get-BatchTaskFile stdout.txt -Destination $TestDrive
        $saved.TaskId | Sort-Object | Should -Be @('bad', 'ok')
        (Get-Content (Join-Path $TestDrive 'ok/stdout.txt'))[1].Trim() | Should -Be 'world'
        $saved | ForEach-Object { $_ | Should -BeOfType [System.IO.FileInfo] }
    }

    It 'refuses a missing folder and a second task for the same file' {
        Get-BatchTaskFile -JobId $script:fileJob -TaskId ok stdout.txt -Destination (Join-Path $TestDrive 'no/such.txt') -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].FullyQualifiedErrorId | Should -Be 'BatchDestinationFolderNotFound,AzBatchJobs.Cmdlets.GetBatchTaskFileCommand'
        $one = Join-Path $TestDrive 'one.txt'
        $saved = Get-BatchTask -JobId $script:fileJob -Id ok, bad | Get-BatchTaskFile stdout.txt -Destination $one -ErrorAction SilentlyContinue -ErrorVariable conflict
        @($saved).Count | Should -Be 1
        $conflict[0].FullyQualifiedErrorId | Should -Be 'BatchDestinationConflict,AzBatchJobs.Cmdlets.GetBatchTaskFileCommand'
        (Get-Content $one)[0].Trim() | Should -Be 'hello'
    }

    It 'writes an error for a missing file' {
        Get-BatchTaskFile -JobId $script:fileJob -TaskId ok -Path nothing.txt -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be "$($script:fileJob)/ok/nothing.txt"
    }
}
