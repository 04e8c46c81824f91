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
