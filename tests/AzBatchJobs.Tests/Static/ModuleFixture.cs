using AzBatchJobs.HelpWriter;

namespace AzBatchJobs.Tests.Static;

/// <summary>The built module assembly read as metadata, as the help generator reads it.</summary>
public sealed class ModuleFixture : IDisposable
{
    private readonly ModuleMetadata _metadata = new(TestPaths.ModuleAssembly, ModuleMetadata.PowerShellReferenceAssembly);

    public IReadOnlyList<CmdletInfo> Cmdlets => _metadata.Cmdlets;

    public System.Reflection.Assembly Module => _metadata.Module;

    public void Dispose() => _metadata.Dispose();
}
