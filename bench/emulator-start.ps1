#Requires -Version 5.1
<#
.SYNOPSIS
    How long Start-BatchEmulator -InMemory takes until the emulator answers, against a floor
    measured in the same run: the emulator's process started and ended without a server
    (`dotnet AzBatchJobs.Emulator.dll --help`, the .NET runtime's own start).

.DESCRIPTION
    -Runs rounds, each: the floor once, then Start-BatchEmulator -InMemory -NoDefault (until it
    returns the emulator, which it does once the emulator printed its connection) and
    Stop-BatchEmulator. Prints every figure and, last, the medians:
        floor_ms=F start_ms=S stop_ms=T start_over_floor=R
    Run after ./build.ps1 -SkipTests:
        dotnet tool run pwsh -- -NoProfile -File bench/emulator-start.ps1 -Runs 11
#>
param(
    [int] $Runs = 11,
    [string] $ModuleManifest = (Join-Path $PSScriptRoot '../module/out/AzBatchJobs/AzBatchJobs.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $ModuleManifest
$emulatorDll = Join-Path (Split-Path (Resolve-Path $ModuleManifest)) 'emulator/AzBatchJobs.Emulator.dll'

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

# One of each before measuring: the first start of a process pays for the disk cache.
& dotnet $emulatorDll --help | Out-Null
Start-BatchEmulator -InMemory -NoDefault | Stop-BatchEmulator

$floor = @(); $start = @(); $stop = @()
$clock = [Diagnostics.Stopwatch]::new()
for ($run = 1; $run -le $Runs; $run++) {
    $clock.Restart()
    & dotnet $emulatorDll --help | Out-Null
    $floor += $clock.Elapsed.TotalMilliseconds

    $clock.Restart()
    $emulator = Start-BatchEmulator -InMemory -NoDefault
    $start += $clock.Elapsed.TotalMilliseconds

    $clock.Restart()
    $emulator | Stop-BatchEmulator
    $stop += $clock.Elapsed.TotalMilliseconds
    'run={0} floor_ms={1:F0} start_ms={2:F0} stop_ms={3:F0}' -f $run, $floor[-1], $start[-1], $stop[-1]
}
$floorMedian, $startMedian, $stopMedian = (Get-Median $floor), (Get-Median $start), (Get-Median $stop)
'floor_ms={0:F0} start_ms={1:F0} stop_ms={2:F0} start_over_floor={3:F2}' -f $floorMedian, $startMedian, $stopMedian, ($startMedian / $floorMedian)
