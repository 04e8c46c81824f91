#Requires -Version 7.4
<#
.SYNOPSIS
    Import time of module folders, each import in a fresh pwsh, against a floor: the same fresh pwsh
    importing an empty module.

.DESCRIPTION
    For each run, and for each manifest in turn (the order rotating from run to run), starts this
    same PowerShell with -NoProfile and times, inside it, `Import-Module <manifest>` and then a first
    `Connect-BatchAccount` (which loads the client; no request is sent). Prints each run, then the
    medians, in milliseconds.

.EXAMPLE
    dotnet tool run pwsh -- -NoProfile -Command ./bench/Measure-ModuleImport.ps1 -Manifest before/AzBatchJobs.psd1, module/out/AzBatchJobs/AzBatchJobs.psd1 -Runs 11
#>
param(
    [Parameter(Mandatory)] [string[]] $Manifest,
    [int] $Runs = 11
)
$ErrorActionPreference = 'Stop'

$floorFolder = Join-Path ([IO.Path]::GetTempPath()) "azbj-empty-module-$PID"
$null = New-Item -ItemType Directory -Force $floorFolder
Set-Content (Join-Path $floorFolder 'Empty.psm1') ''
New-ModuleManifest (Join-Path $floorFolder 'Empty.psd1') -RootModule 'Empty.psm1'
$candidates = @(@{ Name = 'floor (empty module)'; Manifest = (Join-Path $floorFolder 'Empty.psd1'); Connect = $false }) +
    @($Manifest | ForEach-Object { @{ Name = $_; Manifest = (Resolve-Path $_).Path; Connect = $true } })

$processPath = [Environment]::ProcessPath
$prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') { [Environment]::GetCommandLineArgs()[0] })
$script = {
    param($Path, $Connect)
    $clock = [Diagnostics.Stopwatch]::StartNew()
    Import-Module $Path
    $import = $clock.Elapsed.TotalMilliseconds
    if ($Connect -eq 'True') {
        $null = Connect-BatchAccount -Endpoint http://127.0.0.1:1 -AccountName bench -AccountKey (ConvertTo-SecureString 'a2V5' -AsPlainText -Force) -NoDefault
    }
    '{0:F0} {1:F0}' -f $import, $clock.Elapsed.TotalMilliseconds
}

$results = @{}
foreach ($run in 1..$Runs) {
    for ($i = 0; $i -lt $candidates.Count; $i++) {
        $candidate = $candidates[($i + $run) % $candidates.Count]
        $line = & $processPath @prefix -NoProfile -NonInteractive -Command "& { $script } '$($candidate.Manifest)' '$($candidate.Connect)'"
        if ($LASTEXITCODE -ne 0) { throw "Importing $($candidate.Manifest) failed: $line" }
        $import, $connected = ($line | Select-Object -Last 1) -split ' ' | ForEach-Object { [double]$_ }
        if (-not $candidate.Connect) { $connected = [double]::NaN }
        $results[$candidate.Name] += @([pscustomobject]@{ Import = $import; Connected = $connected })
        Write-Host ("run {0,2}  {1}: import {2} ms, import + Connect-BatchAccount {3} ms" -f $run, $candidate.Name, $import, $connected)
    }
}
Remove-Item -Recurse -Force $floorFolder

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    if ($sorted.Count % 2) { $sorted[[int][math]::Floor($sorted.Count / 2)] } else { ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2 }
}
foreach ($candidate in $candidates) {
    $runsOf = $results[$candidate.Name]
    Write-Host ("median of {0}  {1}: import {2} ms, import + Connect-BatchAccount {3} ms" -f $runsOf.Count, $candidate.Name, (Get-Median $runsOf.Import), (Get-Median $runsOf.Connected))
}
