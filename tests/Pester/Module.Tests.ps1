#Requires -Version 5.1
# Pester 5 suite: the module as imported, in real PowerShell against an emulator started by Start-BatchEmulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'The module' {
    It 'exports exactly the cmdlets the manifest lists' {
        $manifest = Import-PowerShellDataFile (Join-Path (Split-Path (Get-Module AzBatchJobs).Path) 'AzBatchJobs.psd1')
        (Get-Command -Module AzBatchJobs -CommandType Cmdlet).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has help with a synopsis, an example and -WhatIf where the cmdlet changes state' {
        foreach ($command in Get-Command -Module AzBatchJobs -CommandType Cmdlet) {
            $help = Get-Help $command.Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty -Because $command.Name
            @($help.examples.example).Count | Should -BeGreaterThan 0 -Because $command.Name
            if ($command.Parameters.ContainsKey('WhatIf')) {
                ($help.syntax.syntaxItem.parameter.name -contains 'WhatIf') | Should -BeTrue -Because "$($command.Name) takes -WhatIf"
            }
        }
    }

    It 'shows switches without a value in the syntax' {
        (Get-Help Remove-BatchJob | Out-String -Width 300) | Should -Match '\[-Force\] '
        (Get-Help Remove-BatchJob | Out-String -Width 300) | Should -Not -Match 'SwitchParameter'
    }

    It 'finds about_AzBatchJobs' {
        (Get-Help about_AzBatchJobs | Out-String) | Should -Match 'BatchTaskSubmitOutcome'
    }

    It 'connected the session to the emulator it started' {
        $script:emulator.Endpoint.IsLoopback | Should -BeTrue
        $script:emulator.Context.AuthenticationKind | Should -Be 'SharedKey'
    }

    It 'fits the job table in 80 columns' {
        $id = New-TestId 'view'
        New-BatchJob -Id $id -PoolId pool-with-a-long-name | Out-Null
        $lines = @(Get-BatchJob -Id $id | Out-String -Width 80 -Stream | Where-Object { $_ })
        $lines[0] -split '\s+' | Where-Object { $_ } | Should -Be @('Id', 'State', 'Priority', 'PoolId', 'CreationTime')
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'completes job ids from the service' {
        $id = New-TestId 'complete'
        New-BatchJob -Id $id -PoolId p | Out-Null
        $line = "Get-BatchJob -Id $($id.Substring(0, $id.Length - 2))"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain $id
    }
}
