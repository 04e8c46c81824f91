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

    It 'creates a job with a release task given as a hashtable' {
        $job = New-BatchJob -Id $script:jobId -PoolId local -Priority 10 -JobReleaseTask @{ CommandLine = (Shell 'echo release'); MaxWallClockTime = '00:10:00' }
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

    It 'adds tasks from CSV rows and reports every outcome' {
        $rows = @("Id,CommandLine", "ok,$(Shell 'echo hello')", "bad,$(Shell 'exit 3')") | ConvertFrom-Csv
        $results = $rows | Add-BatchTaskCollection -JobId $script:taskJob
        $results.TaskId | Should -Be @('ok', 'bad')
        $results | ForEach-Object { $_.Status.ToString() | Should -Be 'success' }
    }

    It 'adds tasks from hashtables and writes one error per task not added, targeted at its id' {
        $results = @{ Id = 'ok'; CommandLine = 'x' }, @{ Id = 'fresh'; CommandLine = (Shell 'echo fresh') } |
            Add-BatchTaskCollection -JobId $script:taskJob -ErrorAction SilentlyContinue -ErrorVariable failures
        @($results).Count | Should -Be 2
        @($failures).Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'ok'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceExists'
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
        (Get-BatchTaskCount -JobId $script:taskJob).TaskCounts.Completed | Should -Be 3
    }

    It 'removes a task and then the job' {
        Remove-BatchTask -JobId $script:taskJob -Id fresh -Force
        Get-BatchTask -JobId $script:taskJob -Id fresh -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Remove-BatchJob -Id $script:taskJob -Confirm:$false
    }
}
