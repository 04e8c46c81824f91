#Requires -Version 5.1
# Pester 5 suite: imports the built module (build.ps1 sets AZBJ_MODULE_MANIFEST) and runs the
# scenarios of the xunit behaviour tests in real PowerShell, against an emulator started by
# Start-BatchEmulator.

BeforeAll {
    $manifest = if ($env:AZBJ_MODULE_MANIFEST) { $env:AZBJ_MODULE_MANIFEST } else { Join-Path $PSScriptRoot '../module/out/AzBatchJobs/AzBatchJobs.psd1' }
    Import-Module $manifest -Force -ErrorAction Stop

    $script:onWindows = $PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows
    function script:Shell([string] $command) {
        if ($script:onWindows) { "cmd /c $command" } else { "/bin/sh -c '$command'" }
    }
    function script:NewId([string] $prefix) { "$prefix-$([guid]::NewGuid().ToString('N').Substring(0, 10))" }

    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'The module' {
    It 'exports exactly the cmdlets the manifest lists' {
        $manifest = Import-PowerShellDataFile (Join-Path (Split-Path (Get-Module AzBatchJobs).Path) 'AzBatchJobs.psd1')
        (Get-Command -Module AzBatchJobs).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has help with a synopsis and an example for every cmdlet' {
        foreach ($command in Get-Command -Module AzBatchJobs) {
            $help = Get-Help $command.Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty -Because $command.Name
            @($help.examples.example).Count | Should -BeGreaterThan 0 -Because $command.Name
        }
    }

    It 'connected the session to the emulator it started' {
        $script:emulator.Endpoint.IsLoopback | Should -BeTrue
        $script:emulator.Context.AuthenticationKind | Should -Be 'SharedKey'
    }
}

Describe 'Jobs' {
    BeforeAll {
        $script:jobId = NewId 'pester'
    }

    It 'creates a job with preparation and release tasks given as hashtables' {
        # The service accepts a release task only together with a preparation task.
        $job = New-BatchJob -Id $script:jobId -PoolId local -Priority 10 -JobPreparationTask @{ CommandLine = (Shell 'echo prepare') } -JobReleaseTask @{ CommandLine = (Shell 'echo release'); MaxWallClockTime = '00:10:00' }
        $job.Id | Should -Be $script:jobId
        $job.JobReleaseTask.MaxWallClockTime | Should -Be ([timespan]'00:10:00')
        $job.Priority | Should -Be 10
    }

    It 'creates nothing under -WhatIf' {
        $id = NewId 'whatif'
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

Describe 'Tasks' {
    BeforeAll {
        $script:taskJob = NewId 'pestertasks'
        $null = New-BatchJob -Id $script:taskJob -PoolId local
    }

    It 'adds tasks from a CSV file and reports every outcome' {
        $csv = Join-Path $TestDrive 'tasks.csv'
        @(
            [pscustomobject]@{ Id = 'ok'; CommandLine = (Shell 'echo hello') }
            [pscustomobject]@{ Id = 'bad'; CommandLine = (Shell 'exit 3') }
        ) | Export-Csv -Path $csv -NoTypeInformation
        $results = Import-Csv -Path $csv | Add-BatchTaskCollection -JobId $script:taskJob
        @($results.TaskId | Sort-Object) | Should -Be @('bad', 'ok')
        $results | ForEach-Object { $_.Status.ToString() | Should -Be 'Added' }
    }

    It 'reports a task already in the job as AlreadyExisted, without an error' {
        $results = @{ Id = 'ok'; CommandLine = 'x' }, @{ Id = 'fresh'; CommandLine = (Shell 'echo fresh') } |
            Add-BatchTaskCollection -JobId $script:taskJob -ErrorAction SilentlyContinue -ErrorVariable failures
        @($results).Count | Should -Be 2
        @($failures).Count | Should -Be 0
        ($results | Where-Object TaskId -eq 'ok').Status.ToString() | Should -Be 'AlreadyExisted'
        ($results | Where-Object TaskId -eq 'fresh').Status.ToString() | Should -Be 'Added'
    }

    It 'fails a repeated id before sending it, with one error targeted at that task' {
        $results = @{ Id = 'twice'; CommandLine = (Shell 'exit 0') }, @{ Id = 'TWICE'; CommandLine = (Shell 'exit 0') } |
            Add-BatchTaskCollection -JobId $script:taskJob -ErrorAction SilentlyContinue -ErrorVariable failures
        ($results | Where-Object TaskId -ceq 'twice').Status.ToString() | Should -Be 'Added'
        ($results | Where-Object TaskId -ceq 'TWICE').Status.ToString() | Should -Be 'Failed'
        @($failures).Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'TWICE'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DuplicateTaskId,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        { @{ Id = 'twice'; CommandLine = 'x' }, @{ Id = 'twice'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId (NewId 'none') -ErrorAction Stop } |
            Should -Throw
    }

    It 'waits for tasks, reads stdout and reactivates failures' {
        $done = Get-BatchTask -JobId $script:taskJob | Wait-BatchTask -Timeout '00:01:00' -PollInterval '00:00:00.200'
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
        $result = Wait-BatchJob -Id $script:taskJob -Timeout '00:01:00' -PollInterval '00:00:00.200'
        $result.TasksCompleted | Should -BeTrue
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

Describe 'Many tasks' {
    BeforeAll {
        # A disabled job: its tasks wait, so only the submission is exercised.
        $script:bulkJob = NewId 'pesterbulk'
        $null = New-BatchJob -Id $script:bulkJob -PoolId local
        Disable-BatchJob -Id $script:bulkJob -DisableTasks Requeue
    }

    AfterAll {
        Remove-BatchJob -Id $script:bulkJob -Force -ErrorAction SilentlyContinue
    }

    It 'streams more than 100 piped tasks into several requests, each added once' {
        $results = 1..250 | ForEach-Object { @{ Id = "many$_"; CommandLine = (Shell 'exit 0') } } |
            Add-BatchTaskCollection -JobId $script:bulkJob -ThrottleLimit 3 -Verbose 4>&1
        $outcomes = @($results | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $requests = @($results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^POST .*/addtaskcollection' })
        $outcomes.Count | Should -Be 250
        @($outcomes | Where-Object { $_.Status.ToString() -ne 'Added' }).Count | Should -Be 0
        $requests.Count | Should -BeGreaterOrEqual 3
        @(Get-BatchTask -JobId $script:bulkJob -Select id).Count | Should -Be 250
    }

    It 'refuses a ThrottleLimit outside 1 to 64' {
        { @{ Id = 'x'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId $script:bulkJob -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }
}
