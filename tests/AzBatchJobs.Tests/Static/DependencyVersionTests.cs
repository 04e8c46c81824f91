using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Tests.Static;

/// <summary>
/// PowerShell 7 loads its own copies of framework assemblies (System.Text.Json...) into the default
/// load context before any module. A module that asks for a higher version than the one loaded fails
/// with "Could not load file or assembly". The oldest supported PowerShell 7 (7.4) runs on .NET 8,
/// so no dll of the module may reference a framework assembly above 8.0.0.0.
/// </summary>
public sealed class DependencyVersionTests
{
    private static readonly Version PowerShell74Framework = new(8, 0, 0, 0);

    [Fact]
    public void No_module_dll_needs_a_framework_assembly_newer_than_PowerShell_7_4_loads()
    {
        string moduleFolder = Path.GetDirectoryName(Path.GetFullPath(ModuleMetadata.ModuleAssemblyPath))!;
        var frameworkNames = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tooNew = new List<string>();
        foreach (string dll in Directory.GetFiles(moduleFolder, "*.dll"))
        {
            using var stream = File.OpenRead(dll);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                continue;
            }
            MetadataReader reader = pe.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                AssemblyReference reference = reader.GetAssemblyReference(handle);
                string name = reader.GetString(reference.Name);
                if (frameworkNames.Contains(name) && reference.Version > PowerShell74Framework)
                {
                    tooNew.Add($"{Path.GetFileName(dll)} -> {name} {reference.Version}");
                }
            }
        }

        Assert.True(tooNew.Count == 0, "References above what PowerShell 7.4 loads: " + string.Join("; ", tooNew));
    }

}
