#Requires -Version 5.1
# Pester 5 suite: Add-BatchTaskCollection (normal use, pipeline input, -WhatIf, errors, scale), in real
# PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory

    function New-DisabledJob {
        <# A disabled job: its tasks wait, so only the submission is exercised. #>
        $id = New-TestId 'pesterbulk'
        $null = New-BatchJob -Id $id -PoolId local
        Disable-BatchJob -Id $id -DisableTasks Requeue
        $id
    }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Add-BatchTaskCollection' {
    It 'adds the tasks of a CSV file with every flat column and reports each outcome' {
        $job = New-DisabledJob
        $csv = Join-Path $TestDrive 'tasks.csv'
        @(
            [pscustomobject]@{ Id = 'ok'; CommandLine = (Get-ShellCommand 'echo hello'); MaxTaskRetryCount = 2; EnvironmentSettings = 'A=1;B=2' }
            [pscustomobject]@{ Id = 'bad'; CommandLine = (Get-ShellCommand 'exit 3'); MaxTaskRetryCount = ''; EnvironmentSettings = '' }
        ) | Export-Csv -Path $csv -NoTypeInformation
        $results = Import-Csv -Path $csv | Add-BatchTaskCollection -JobId $job
        @($results.TaskId | Sort-Object) | Should -Be @('bad', 'ok')
        $results | ForEach-Object { "$($_.Status)" | Should -Be 'Added' }
        $ok = Get-BatchTask -JobId $job -Id ok
        $ok.Constraints.MaxTaskRetryCount | Should -Be 2
        ($ok.EnvironmentSettings | ForEach-Object { "$($_.Name)=$($_.Value)" }) | Should -Be @('A=1', 'B=2')
    }

    It 'streams more than 100 piped tasks into several requests, each added once' {
        $job = New-DisabledJob
        $results = 1..250 | ForEach-Object { @{ Id = "many$_"; CommandLine = (Get-ShellCommand 'exit 0') } } |
            Add-BatchTaskCollection -JobId $job -ThrottleLimit 3 -Verbose 4>&1
        $outcomes = @($results | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $requests = @($results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^POST .*/addtaskcollection' })
        $outcomes.Count | Should -Be 250
        @($outcomes | Where-Object { "$($_.Status)" -ne 'Added' }).Count | Should -Be 0
        $requests.Count | Should -BeGreaterOrEqual 3
        @(Get-BatchTask -JobId $job -Select id).Count | Should -Be 250
    }

    It 'takes -Task by name and reports a task already in the job as AlreadyExisted, without an error' {
        $job = New-DisabledJob
        $null = New-BatchTask -JobId $job -Id old -CommandLine 'echo old'
        $results = Add-BatchTaskCollection -JobId $job -Task @{ Id = 'old'; CommandLine = 'x' }, @{ Id = 'fresh'; CommandLine = 'echo fresh' } `
            -ErrorAction SilentlyContinue -ErrorVariable failures
        @($failures).Count | Should -Be 0
        "$(($results | Where-Object TaskId -eq 'old').Status)" | Should -Be 'AlreadyExisted'
        "$(($results | Where-Object TaskId -eq 'fresh').Status)" | Should -Be 'Added'
        (Get-BatchTask -JobId $job -Id old).CommandLine | Should -Be 'echo old'
    }

    It 'sends nothing with -WhatIf' {
        $job = New-DisabledJob
        1..3 | ForEach-Object { @{ Id = "w$_"; CommandLine = 'x' } } | Add-BatchTaskCollection -JobId $job -WhatIf | Should -BeNullOrEmpty
        Get-BatchTask -JobId $job | Should -BeNullOrEmpty
    }

    It 'fails a repeated id before sending it, with one error targeted at that task' {
        $job = New-DisabledJob
        $results = @{ Id = 'twice'; CommandLine = 'x' }, @{ Id = 'TWICE'; CommandLine = 'x' } |
            Add-BatchTaskCollection -JobId $job -ErrorAction SilentlyContinue -ErrorVariable failures
        "$(($results | Where-Object TaskId -ceq 'twice').Status)" | Should -Be 'Added'
        "$(($results | Where-Object TaskId -ceq 'TWICE').Status)" | Should -Be 'Failed'
        @($failures).Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'TWICE'
        $failures[0].FullyQualifiedErrorId | Should -Be 'DuplicateTaskId,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'names an unknown column in its error and adds the other rows' {
        $job = New-DisabledJob
        $results = "Id,CommandLine,Colour`nred,x,red" | ConvertFrom-Csv | Add-BatchTaskCollection -JobId $job -ErrorAction SilentlyContinue -ErrorVariable failures
        $results | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -Be 'UnknownTaskProperty,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand'
        $failures[0].Exception.Message | Should -Match "'Colour'"
        $failures[0].TargetObject | Should -Be 'red'
    }

    It 'stops at the first error under -ErrorAction Stop, after settling what was sent, with a warning that sums up' {
        $job = New-DisabledJob
        $rows = 1..600 | ForEach-Object { if ($_ -eq 200) { @{ Id = 'not valid!'; CommandLine = 'x' } } else { @{ Id = "s$_"; CommandLine = 'x' } } }
        $stop = $null
        try { $rows | Add-BatchTaskCollection -JobId $job -ErrorAction Stop -WarningVariable summary 3>$null | Out-Null } catch { $stop = $_ }
        $stop.FullyQualifiedErrorId | Should -Be 'InvalidTaskId,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand'
        "$summary" | Should -Match ' 0 unknown'
        $added = [int]([regex]::Match("$summary", '(\d+) added').Groups[1].Value)
        @(Get-BatchTask -JobId $job -Select id).Count | Should -Be $added
    }

    It 'refuses a ThrottleLimit outside 1 to 64' {
        { @{ Id = 'x'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId any -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }
}
