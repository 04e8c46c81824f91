@{
    RootModule           = 'AzBatchJobs.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '9b1f41d1-a284-470b-aab5-b1b0eceece59'
    Author               = 'AzBatchJobs contributors'
    CompanyName          = 'AzBatchJobs'
    Copyright            = '(c) AzBatchJobs contributors. MIT License.'
    Description          = 'Azure Batch Jobs and Tasks from PowerShell: binary cmdlets over the Batch REST API (2025-06-01), with a local emulator for offline use.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('AzBatchJobs.format.ps1xml')
    TypesToProcess       = @('AzBatchJobs.types.ps1xml')
    CmdletsToExport      = @(
        'Add-BatchTaskCollection',
        'Connect-BatchAccount',
        'ConvertTo-BatchJson',
        'Disable-BatchJob',
        'Disable-BatchJobSchedule',
        'Enable-BatchJob',
        'Enable-BatchJobSchedule',
        'Get-BatchJob',
        'Get-BatchJobPreparationAndReleaseTaskStatus',
        'Get-BatchJobSchedule',
        'Get-BatchSubtask',
        'Get-BatchTask',
        'Get-BatchTaskCount',
        'Get-BatchTaskFile',
        'Invoke-BatchTaskReactivate',
        'New-BatchJob',
        'New-BatchJobSchedule',
        'New-BatchTask',
        'New-BatchTestCommandLine',
        'Remove-BatchJob',
        'Remove-BatchJobSchedule',
        'Remove-BatchTask',
        'Set-BatchJob',
        'Set-BatchJobSchedule',
        'Set-BatchTask',
        'Start-BatchEmulator',
        'Stop-BatchEmulator',
        'Stop-BatchJob',
        'Stop-BatchJobSchedule',
        'Stop-BatchTask',
        'Update-BatchJob',
        'Update-BatchJobSchedule',
        'Wait-BatchJob',
        'Wait-BatchTask'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @('Enable-BatchTask')
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Azure', 'Batch', 'AzureBatch', 'HPC', 'Jobs', 'Tasks', 'Emulator', 'PSEdition_Desktop', 'PSEdition_Core')
            # No ProjectUri: the project has no public home yet. The license is MIT (LICENSE ships in the package).
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            RequireLicenseAcceptance = $false
            ReleaseNotes = 'First release: every Batch Job and Task operation as cmdlets, Shared Key and Microsoft Entra ID sign-in, and a local emulator (Start-BatchEmulator). On PowerShell 7 its Azure SDK dependencies load in their own AssemblyLoadContext, so it works beside Az.Accounts, Microsoft.Graph and other modules with their own Azure.Core.'
        }
    }
}
