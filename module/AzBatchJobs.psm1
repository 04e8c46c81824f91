# The module's root. On PowerShell 7 the cmdlets, the client and their Azure SDK dependencies load
# in the module's own AssemblyLoadContext (src/AzBatchJobs.Loader), so another module's Azure.Core,
# Azure.Identity, System.ClientModel or MSAL never meets this module's. Windows PowerShell 5.1 has
# no load contexts: it loads AzBatchJobs.dll directly, whose resolver (src/AzBatchJobs/Loading)
# takes each dependency from this folder.
# Only Microsoft.PowerShell.Core cmdlets and .NET calls here: any other cmdlet would load its module
# on every import.
if ($PSEdition -eq 'Core') {
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "AzBatchJobs needs PowerShell 7.4 or later (.NET 8), or Windows PowerShell 5.1; this is PowerShell $($PSVersionTable.PSVersion)."
    }
    $null = [System.Runtime.Loader.AssemblyLoadContext]::Default.LoadFromAssemblyPath([System.IO.Path]::Combine($PSScriptRoot, 'AzBatchJobs.Loader.dll'))
    $loadedBefore = [AzBatchJobs.Loading.ModuleLoadContext]::Loaded
    $cmdletAssembly = [AzBatchJobs.Loading.ModuleLoadContext]::LoadCmdlets()
    # Import-Module -Assembly does nothing for an assembly this session imported before (after
    # Import-Module -Force or Remove-Module: PowerShell/PowerShell#20710), so that module is imported
    # again. Looked for only when the assembly was loaded before: Get-Module costs a first import ~0.1 s.
    $cmdletModule = if ($loadedBefore) {
        (Microsoft.PowerShell.Core\Get-Module -All).Where({ $_.ModuleType -eq 'Binary' -and $_.Path -eq $cmdletAssembly.Location }, 'First')
    }
    if ($cmdletModule) {
        Microsoft.PowerShell.Core\Import-Module -ModuleInfo $cmdletModule -ErrorAction Stop
    }
    else {
        $cmdletModule = Microsoft.PowerShell.Core\Import-Module -Assembly $cmdletAssembly -PassThru -ErrorAction Stop
    }
}
else {
    $cmdletModule = Microsoft.PowerShell.Core\Import-Module ([System.IO.Path]::Combine($PSScriptRoot, 'AzBatchJobs.dll')) -PassThru -ErrorAction Stop
}
Microsoft.PowerShell.Core\Export-ModuleMember -Cmdlet @($cmdletModule.ExportedCmdlets.Keys) -Alias @($cmdletModule.ExportedAliases.Keys)
