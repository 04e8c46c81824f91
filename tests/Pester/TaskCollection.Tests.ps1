#Requires -Version 5.1
# Pester 5 suite: Add-BatchTaskCollection at scale, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Many tasks' {
    BeforeAll {
        # A disabled job: its tasks wait, so only the submission is exercised.
        $script:bulkJob = New-TestId 'pesterbulk'
        $null = New-BatchJob -Id $script:bulkJob -PoolId local
        Disable-BatchJob -Id $script:bulkJob -DisableTasks Requeue
    }

    AfterAll {
        Remove-BatchJob -Id $script:bulkJob -Force -ErrorAction SilentlyContinue
    }

    It 'streams more than 100 piped tasks into several requests, each added once' {
        $results = 1..250 | ForEach-Object { @{ Id = "many$_"; CommandLine = (Get-ShellCommand 'exit 0') } } |
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
