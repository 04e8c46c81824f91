<#
.SYNOPSIS
    As a user installs a gallery module: register a repository (here a local folder), publish the
    module folder to it, install it by name. Started by Packaging.Tests.ps1 in a fresh pwsh whose
    HOME and XDG folders are temporary; writes one JSON line.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $Repository
)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name AzBatchJobsScratch -Uri $Repository -Trusted
Publish-PSResource -Path $ModuleFolder -Repository AzBatchJobsScratch
Install-PSResource -Name AzBatchJobs -Repository AzBatchJobsScratch -Scope CurrentUser
$installed = Get-InstalledPSResource -Name AzBatchJobs
[ordered]@{
    Package      = @(Get-ChildItem $Repository -Filter '*.nupkg').Name
    Installed    = "$($installed.Name) $($installed.Version)"
    InstalledIn  = $installed.InstalledLocation
    Repositories = @(Get-PSResourceRepository).Name
} | ConvertTo-Json -Compress
