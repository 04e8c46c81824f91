# Shared by the Pester suites: import the module under test, make ids, and write command lines
# that run on Windows and Linux.

function Import-ModuleUnderTest {
    <# Imports the module folder that build.ps1 made (AZBJ_MODULE_MANIFEST), else the default build output. #>
    $manifest = if ($env:AZBJ_MODULE_MANIFEST) { $env:AZBJ_MODULE_MANIFEST } else { Join-Path $PSScriptRoot '../../module/out/AzBatchJobs/AzBatchJobs.psd1' }
    Import-Module $manifest -Force -Global -ErrorAction Stop
}

function New-TestId {
    <# A fresh id with a readable prefix. #>
    param([Parameter(Mandatory)] [string] $Prefix)
    "$Prefix-$([guid]::NewGuid().ToString('N').Substring(0, 10))"
}

function Get-ShellCommand {
    <# A task command line that runs the given shell text with the platform's shell. #>
    param([Parameter(Mandatory)] [string] $Command)
    if ($PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows) { "cmd /c $Command" } else { "/bin/sh -c '$Command'" }
}

function New-TestJob {
    <# Creates a job with a fresh id on the emulator's pool (extra New-BatchJob parameters in -With) and returns its id. #>
    param([string] $Prefix = 'pester', [hashtable] $With = @{})
    $id = New-TestId $Prefix
    $null = New-BatchJob -Id $id -PoolId local @With
    $id
}

Export-ModuleMember -Function Import-ModuleUnderTest, New-TestId, Get-ShellCommand, New-TestJob
