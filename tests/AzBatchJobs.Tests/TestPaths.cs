using System.Reflection;

namespace AzBatchJobs.Tests;

/// <summary>Where the repository and the module folder that module/AzBatchJobs.Module.proj laid out are.</summary>
public static class TestPaths
{
    public static string RepositoryRoot => Path.GetFullPath(Setting("RepositoryRoot"));

    public static string ModuleManifest => Path.GetFullPath(Setting("ModuleManifest"));

    public static string ModuleAssembly => Path.Combine(Path.GetDirectoryName(ModuleManifest)!, "AzBatchJobs.dll");

    public static string HelpSources => Path.Combine(RepositoryRoot, "module", "help");

    private static string Setting(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
