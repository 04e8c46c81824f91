<#
.SYNOPSIS
    A fresh session after Install-FromRepository.ps1: the module imported by name, the emulator
    started, a cmdlet run. Writes one JSON line.
#>
$ErrorActionPreference = 'Stop'
Import-Module AzBatchJobs
$emulator = Start-BatchEmulator -InMemory
try {
    New-BatchJob -Id installed -PoolId pool | Out-Null
    [ordered]@{
        ModuleBase = (Get-Module AzBatchJobs).ModuleBase
        Emulator   = $emulator.Endpoint.IsLoopback
        Job        = (Get-BatchJob -Id installed).Id
        Help       = (Get-Help Get-BatchJob).Synopsis
    } | ConvertTo-Json -Compress
}
finally {
    Stop-BatchEmulator
}
