using System.Management.Automation;
using AzBatchJobs.Tests.Shell;
using AzBatchJobs.Tests.Static;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>The built module as PowerShell sees it after Import-Module.</summary>
public sealed class ModuleTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public ModuleTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Import_exports_exactly_the_manifest_cmdlets()
    {
        var result = _shell.RunUnconnected("""
            $manifest = Import-PowerShellDataFile $path
            (Get-Command -Module AzBatchJobs -CommandType Cmdlet).Name | Sort-Object
            '---'
            $manifest.CmdletsToExport | Sort-Object
            """, ("path", ModuleMetadata.ModuleManifest)).AssertSucceeded();
        var lines = result.Lines.ToList();
        var separator = lines.IndexOf("---");
        Assert.True(separator > 0);
        Assert.Equal(lines[(separator + 1)..], lines[..separator]);
    }

    [Fact]
    public void A_job_created_and_read_back_through_the_session_connection()
    {
        var id = BatchShell.NewId("smoke");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId p1 | Out-Null
            Get-BatchJob -Id $id
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(id, result.Property("Id").Single());
        Assert.Equal("active", result.Property("State").Single()?.ToString(), ignoreCase: true);
    }

    [Fact]
    public void The_module_runs_on_the_Azure_Core_of_its_own_folder()
    {
        _shell.Run("Get-BatchJob -MaxCount 1 | Out-Null").AssertSucceeded();
        // Other tests load other copies of Azure.Core into this process (another version, a re-import's context):
        // the module's are those of its own load context.
        var modulesAzureCore = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == "Azure.Core" && System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(a)?.Name == "AzBatchJobs")
            .ToList();
        Assert.NotEmpty(modulesAzureCore);
        Assert.All(modulesAzureCore, a => Assert.Equal(Path.GetDirectoryName(ModuleMetadata.ModuleManifest), Path.GetDirectoryName(a.Location)));
    }
}
