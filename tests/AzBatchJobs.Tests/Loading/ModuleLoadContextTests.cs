using AzBatchJobs.Tests.Shell;
using AzBatchJobs.Tests.Static;

namespace AzBatchJobs.Tests.Loading;

/// <summary>
/// Where the module's assemblies load in PowerShell 7 (this test host). The decisive coexistence
/// tests, with an older Azure SDK in the same session, run in fresh pwsh processes:
/// tests/Pester/Coexistence.Tests.ps1.
/// </summary>
public sealed class ModuleLoadContextTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public ModuleLoadContextTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void The_cmdlets_and_the_Azure_SDK_load_in_the_modules_context_and_the_models_in_the_default_one()
    {
        var result = _shell.Run("""
            Get-BatchJob -MaxCount 1 | Out-Null
            $cmdlets = (Get-Command Get-BatchJob).ImplementingType.Assembly
            $loaded = [AppDomain]::CurrentDomain.GetAssemblies()
            foreach ($name in 'AzBatchJobs', 'AzBatchJobs.Client', 'Azure.Core', 'System.ClientModel', 'AzBatchJobs.Client.Models', 'System.Text.Json') {
                $assembly = $loaded | Where-Object { $_.GetName().Name -eq $name -and [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name -in 'AzBatchJobs', 'Default' }
                "$name=$(@($assembly | ForEach-Object { [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }) -join ',')"
            }
            """).AssertSucceeded();

        Assert.Equal(new[]
        {
            "AzBatchJobs=AzBatchJobs",
            "AzBatchJobs.Client=AzBatchJobs",
            "Azure.Core=AzBatchJobs",
            "System.ClientModel=AzBatchJobs",
            "AzBatchJobs.Client.Models=Default",
            "System.Text.Json=Default",
        }, result.Lines);
    }

    [Fact]
    public void Model_types_resolve_by_name_and_are_the_types_the_cmdlets_take()
    {
        var id = BatchShell.NewId("alc");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId p1 | Out-Null
            [AzBatchJobs.Client.Models.BatchTaskCreateOptions]@{ Id = 't1'; CommandLine = 'echo hi' } | New-BatchTask -JobId $id | Out-Null
            (Get-BatchJob -Id $id) -is [AzBatchJobs.Client.Models.BatchJob]
            (Get-BatchTask -JobId $id -Id t1).CommandLine
            """, ("id", id)).AssertSucceeded();

        Assert.Equal(new[] { "True", "echo hi" }, result.Lines);
    }

    [Fact]
    public void A_second_import_in_the_same_session_exports_the_cmdlets_again()
    {
        var result = _shell.RunUnconnected("""
            $expected = (Import-PowerShellDataFile $path).CmdletsToExport.Count
            Import-Module $path -Force
            @(Get-Command -Module AzBatchJobs -CommandType Cmdlet).Count -eq $expected
            Remove-Module AzBatchJobs
            Import-Module $path
            @(Get-Command -Module AzBatchJobs -CommandType Cmdlet).Count -eq $expected
            (Get-Help Get-BatchJob).Synopsis
            (Get-Command Enable-BatchTask).ResolvedCommandName
            """, ("path", ModuleMetadata.ModuleManifest)).AssertSucceeded();

        Assert.Equal(new[] { "True", "True", "Gets Batch jobs.", "Invoke-BatchTaskReactivate" }, result.Lines);
    }
}
