using System.Management.Automation;

namespace AzBatchJobs.Tests.Loading;

public sealed class ModuleAssemblyResolverTests
{
    private static readonly string ModuleDirectory = Path.Combine(Path.GetTempPath(), "AzBatchJobsModule");

    private static ModuleAssemblyResolver ResolverWith(params string[] files)
    {
        var present = new HashSet<string>(files.Select(f => Path.Combine(ModuleDirectory, f)), StringComparer.OrdinalIgnoreCase);
        return new ModuleAssemblyResolver(ModuleDirectory, present.Contains);
    }

    [Theory]
    [InlineData("System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Memory, Version=4.0.5.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Memory")]
    public void A_shipped_dependency_is_taken_from_the_module_folder_whatever_version_is_asked_for(string requested)
    {
        var path = ResolverWith("System.Memory.dll", "Azure.Core.dll").FindFile(requested);
        Assert.Equal(Path.Combine(ModuleDirectory, "System.Memory.dll"), path);
    }

    [Fact]
    public void An_assembly_the_module_does_not_ship_is_left_to_the_runtime()
    {
        Assert.Null(ResolverWith("System.Memory.dll").FindFile("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed"));
    }

    [Fact]
    public void Culture_specific_resource_assemblies_are_never_answered_with_the_neutral_file()
    {
        Assert.Null(ResolverWith("Azure.Core.resources.dll", "Azure.Core.dll").FindFile("Azure.Core.resources, Version=1.0.0.0, Culture=de-DE, PublicKeyToken=92742159e12e44c8"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(",,,")]
    public void A_malformed_request_resolves_to_nothing(string? requested)
    {
        Assert.Null(ResolverWith("System.Memory.dll").FindFile(requested));
    }

    [Theory]
    [InlineData(".NET Framework 4.8.9232.0", true)]
    [InlineData(".NET 8.0.11", false)]
    [InlineData(".NET Core 3.1.32", false)]
    public void The_resolve_hook_is_installed_only_on_the_NET_Framework(string framework, bool needed)
    {
        Assert.Equal(needed, ModuleAssemblyLoader.IsNeeded(framework));
    }

    [Fact]
    public void On_NET_the_loader_hooks_nothing_and_removal_is_harmless()
    {
        var loader = new ModuleAssemblyLoader();
        Assert.IsAssignableFrom<IModuleAssemblyInitializer>(loader);
        loader.OnImport();
        loader.OnRemove(null!);
    }
}
