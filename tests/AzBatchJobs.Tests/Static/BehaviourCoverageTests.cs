namespace AzBatchJobs.Tests.Static;

/// <summary>Every cmdlet's body runs in at least one behaviour test.</summary>
public sealed class BehaviourCoverageTests : IClassFixture<ModuleMetadata>
{
    private readonly ModuleMetadata _module;

    public BehaviourCoverageTests(ModuleMetadata module) => _module = module;

    [Fact]
    public void Every_cmdlet_is_run_by_a_behaviour_test()
    {
        var folder = Path.Combine(ModuleMetadata.RepositoryRoot, "tests", "AzBatchJobs.Tests", "Behaviour");
        var sources = string.Concat(Directory.GetFiles(folder, "*.cs").Select(File.ReadAllText));
        CmdletConventionTests.AssertNone(
            _module.Cmdlets.Where(c => !sources.Contains($"<{c.Type.Name}>", StringComparison.Ordinal)),
            c => $"{c.Name} ({c.Type.Name}) is not run by any test in tests/AzBatchJobs.Tests/Behaviour");
    }
}
