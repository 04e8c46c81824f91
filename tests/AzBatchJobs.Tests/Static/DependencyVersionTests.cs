using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Tests.Static;

/// <summary>
/// On PowerShell 7 the module's load context takes a framework assembly (System.Text.Json,
/// System.Memory...) from the default context when the copy PowerShell loaded is at least the
/// version asked for, and loads its own copy otherwise. For System.Text.Json that would be wrong
/// without a word: the models (default context) carry the JSON attributes of PowerShell's copy, and a
/// serializer of another copy would not see them. The oldest supported PowerShell 7 (7.4) runs on
/// .NET 8, so no dll of the module may reference a framework assembly above 8.0.0.0. The models and
/// the loader load in the default context itself, so they may reference nothing else.
/// </summary>
public sealed class DependencyVersionTests
{
    private static readonly Version PowerShell74Framework = new(8, 0, 0, 0);

    private static readonly HashSet<string> FrameworkNames = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .ToHashSet(StringComparer.OrdinalIgnoreCase)!;

    private static string ModuleFolder => Path.GetDirectoryName(Path.GetFullPath(ModuleMetadata.ModuleAssemblyPath))!;

    [Fact]
    public void No_module_dll_needs_a_framework_assembly_newer_than_PowerShell_7_4_loads()
    {
        var tooNew = new List<string>();
        foreach (string dll in Directory.GetFiles(ModuleFolder, "*.dll"))
        {
            foreach (var (name, version) in References(dll))
            {
                if (FrameworkNames.Contains(name) && version > PowerShell74Framework)
                    tooNew.Add($"{Path.GetFileName(dll)} -> {name} {version}");
            }
        }

        Assert.True(tooNew.Count == 0, "References above what PowerShell 7.4 loads: " + string.Join("; ", tooNew));
    }

    [Theory]
    [InlineData("AzBatchJobs.Client.Models.dll")]
    [InlineData("AzBatchJobs.Loader.dll")]
    public void What_loads_in_the_default_context_references_only_the_framework(string dll)
    {
        var foreign = References(Path.Combine(ModuleFolder, dll))
            .Select(r => r.Name)
            .Where(name => !FrameworkNames.Contains(name) && name != "netstandard")
            .ToList();

        Assert.True(foreign.Count == 0, $"{dll} would bring into the default context: " + string.Join(", ", foreign));
    }

    private static List<(string Name, Version Version)> References(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) return new();
        MetadataReader reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
