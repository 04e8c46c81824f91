using System.Reflection;
using AzBatchJobs.Loading;

namespace AzBatchJobs.Tests.Loading;

/// <summary>Where the module's load context (PowerShell 7) takes each assembly from.</summary>
public sealed class DependencyRulesTests
{
    private static readonly string ModuleDirectory = Path.Combine(Path.GetTempPath(), "AzBatchJobsModule");

    private static readonly Dictionary<string, Version> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Text.Json"] = new(8, 0, 0, 0),
        ["System.Memory"] = new(8, 0, 0, 0),
        ["Microsoft.Bcl.AsyncInterfaces"] = new(8, 0, 0, 0),
        ["System.Management.Automation"] = new(7, 4, 0, 500),
    };

    private static readonly DependencyRules Rules = new(
        ModuleDirectory,
        path => new[] { "Azure.Core.dll", "System.ClientModel.dll", "System.Text.Json.dll", "System.Memory.dll", "Microsoft.Bcl.AsyncInterfaces.dll" }
            .Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase) && Path.GetDirectoryName(path) == ModuleDirectory,
        name => Shared.TryGetValue(name, out var version) ? version : null);

    [Theory]
    [InlineData("Azure.Core, Version=1.50.0.0, Culture=neutral, PublicKeyToken=92742159e12e44c8", "Azure.Core.dll")]
    [InlineData("System.ClientModel, Version=1.7.0.0, Culture=neutral, PublicKeyToken=92742159e12e44c8", "System.ClientModel.dll")]
    [InlineData("Azure.Core", "Azure.Core.dll")]
    public void A_dependency_the_host_does_not_provide_is_the_modules_own_copy(string requested, string file)
    {
        Assert.Equal(Path.Combine(ModuleDirectory, file), Rules.PrivatePath(new AssemblyName(requested)));
    }

    [Theory]
    [InlineData("System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("Microsoft.Bcl.AsyncInterfaces, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    public void A_shipped_assembly_the_host_provides_in_that_version_or_newer_is_the_hosts(string requested)
    {
        Assert.Null(Rules.PrivatePath(new AssemblyName(requested)));
    }

    [Fact]
    public void A_shipped_assembly_newer_than_the_hosts_is_the_modules_own_copy()
    {
        Assert.Equal(Path.Combine(ModuleDirectory, "Microsoft.Bcl.AsyncInterfaces.dll"),
            Rules.PrivatePath(new AssemblyName("Microsoft.Bcl.AsyncInterfaces, Version=9.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")));
    }

    [Theory]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
    [InlineData("Azure.Core.resources, Version=1.50.0.0, Culture=de-DE, PublicKeyToken=92742159e12e44c8")]
    public void What_the_module_does_not_ship_is_left_to_the_default_context(string requested)
    {
        Assert.Null(Rules.PrivatePath(new AssemblyName(requested)));
    }

    [Fact]
    public void The_shared_assemblies_are_the_trusted_platform_assemblies_with_their_versions()
    {
        var runtime = typeof(object).Assembly.Location;
        var json = typeof(System.Text.Json.JsonSerializer).Assembly.Location;
        var shared = new SharedAssemblies(string.Join(Path.PathSeparator, runtime, json, "/nowhere/Missing.Assembly.dll", "/nowhere/libnative.so"));

        Assert.Equal(typeof(System.Text.Json.JsonSerializer).Assembly.GetName().Version, shared.VersionOf("system.text.json"));
        Assert.Null(shared.VersionOf("Missing.Assembly"));
        Assert.Null(shared.VersionOf("libnative"));
        Assert.Null(shared.VersionOf("Azure.Core"));
    }
}
