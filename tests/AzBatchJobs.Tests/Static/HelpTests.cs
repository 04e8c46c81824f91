namespace AzBatchJobs.Tests.Static;

/// <summary>Help for every cmdlet and parameter, with examples; the MAML in the repo is generated from it and current.</summary>
public sealed class HelpTests : IClassFixture<ModuleMetadata>
{
    private static readonly string[] CommonParameters = { "WhatIf", "Confirm" };
    private readonly ModuleMetadata _module;

    public HelpTests(ModuleMetadata module) => _module = module;

    [Fact]
    public void Every_cmdlet_has_a_help_source_with_synopsis_description_and_an_example()
    {
        CmdletConventionTests.AssertNone(_module.Cmdlets.Where(c => !File.Exists(Path.Combine(HelpSource.Folder, c.Name + ".md"))),
            c => $"module/help/{c.Name}.md is missing");
        foreach (var cmdlet in _module.Cmdlets)
        {
            var help = HelpSource.Load(cmdlet.Name);
            Assert.False(string.IsNullOrWhiteSpace(help.Synopsis), $"{cmdlet.Name}: no synopsis");
            Assert.True(help.Description.Any(p => p.Length > 0), $"{cmdlet.Name}: no description");
            Assert.True(help.Examples.Count > 0, $"{cmdlet.Name}: no example");
            Assert.All(help.Examples, e => Assert.Contains(e.Code, line => line.Contains(cmdlet.Name, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Every_parameter_is_described_and_no_description_is_stale()
    {
        var problems = new List<string>();
        foreach (var cmdlet in _module.Cmdlets)
        {
            var help = HelpSource.Load(cmdlet.Name);
            var names = cmdlet.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(cmdlet.Parameters.Where(p => !help.Parameters.TryGetValue(p.Name, out var text) || !text.Any(t => t.Length > 0))
                .Select(p => $"{cmdlet.Name}: -{p.Name} has no description"));
            problems.AddRange(help.Parameters.Keys.Where(k => !names.Contains(k) && !CommonParameters.Contains(k))
                .Select(k => $"{cmdlet.Name}: help describes -{k}, which does not exist"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void No_help_source_is_left_without_a_cmdlet()
    {
        var cmdlets = _module.Cmdlets.Select(c => c.Name).ToHashSet();
        var orphans = Directory.GetFiles(HelpSource.Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => !cmdlets.Contains(n!));
        Assert.Empty(orphans);
    }

    [Fact]
    public void The_MAML_in_the_repository_is_generated_from_the_current_sources()
    {
        var generated = MamlWriter.Generate(_module.Cmdlets);
        if (Environment.GetEnvironmentVariable("AZBJ_WRITE_HELP") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(MamlPath)!);
            File.WriteAllText(MamlPath, generated);
        }
        Assert.True(File.Exists(MamlPath), $"{MamlPath} is missing: run the tests once with AZBJ_WRITE_HELP=1");
        // Compared without regard to line endings, so a checkout with CRLF endings still matches.
        Assert.True(File.ReadAllText(MamlPath).Replace("\r\n", "\n") == generated,
            "module/en-US/AzBatchJobs.dll-Help.xml is out of date with module/help/*.md: run the tests once with AZBJ_WRITE_HELP=1");
    }

    [Fact]
    public void The_about_topic_mentions_every_cmdlet()
    {
        var about = File.ReadAllText(Path.Combine(ModuleMetadata.RepositoryRoot, "module", "en-US", "about_AzBatchJobs.help.txt"));
        CmdletConventionTests.AssertNone(_module.Cmdlets.Where(c => !about.Contains(c.Name, StringComparison.Ordinal)),
            c => $"about_AzBatchJobs does not mention {c.Name}");
    }

    private static string MamlPath => MamlWriter.MamlPath;
}
