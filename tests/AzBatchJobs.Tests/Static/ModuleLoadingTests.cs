namespace AzBatchJobs.Tests.Static;

/// <summary>The built module (real System.Management.Automation) hooks assembly loading on import and unhooks it on removal.</summary>
public sealed class ModuleLoadingTests : IClassFixture<ModuleFixture>
{
    private readonly ModuleFixture _module;

    public ModuleLoadingTests(ModuleFixture module) => _module = module;

    [Theory]
    [InlineData("System.Management.Automation.IModuleAssemblyInitializer")]
    [InlineData("System.Management.Automation.IModuleAssemblyCleanup")]
    public void A_public_class_of_the_module_implements(string interfaceName)
    {
        var implementers = _module.Module.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.FullName == interfaceName))
            .Select(t => t.Name).ToList();
        Assert.Equal(new[] { "ModuleAssemblyLoader" }, implementers);
    }
}
