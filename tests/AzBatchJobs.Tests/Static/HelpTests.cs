using AzBatchJobs.HelpWriter;

namespace AzBatchJobs.Tests.Static;

/// <summary>
/// Help for every cmdlet and parameter, with examples, in module/help/*.md: the MAML is generated from
/// these at build time, and PowerShell shows an empty help without complaint, so only this catches a gap.
/// </summary>
public sealed class HelpTests : IClassFixture<ModuleFixture>
{
    private static readonly string[] ShouldProcessParameters = { "WhatIf", "Confirm" };
    private readonly ModuleFixture _module;

    public HelpTests(ModuleFixture module) => _module = module;

    [Fact]
    public void Every_cmdlet_has_a_help_source_with_synopsis_description_and_an_example()
    {
        var problems = new List<string>();
        foreach (var cmdlet in _module.Cmdlets)
        {
            if (!File.Exists(Path.Combine(TestPaths.HelpSources, cmdlet.Name + ".md")))
            {
                problems.Add($"module/help/{cmdlet.Name}.md is missing");
                continue;
            }
            var help = HelpSource.Load(TestPaths.HelpSources, cmdlet.Name);
            if (string.IsNullOrWhiteSpace(help.Synopsis)) problems.Add($"{cmdlet.Name}: no synopsis");
            if (!help.Description.Any(p => p.Length > 0)) problems.Add($"{cmdlet.Name}: no description");
            if (help.Examples.Count == 0) problems.Add($"{cmdlet.Name}: no example");
            problems.AddRange(help.Examples.Where(e => !e.Code.Any(line => line.Contains(cmdlet.Name, StringComparison.Ordinal)))
                .Select(e => $"{cmdlet.Name}: example '{e.Title}' does not use the cmdlet"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_parameter_is_described_and_no_description_is_stale()
    {
        var problems = new List<string>();
        foreach (var cmdlet in _module.Cmdlets)
        {
            var help = HelpSource.Load(TestPaths.HelpSources, cmdlet.Name);
            var names = cmdlet.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(cmdlet.Parameters.Where(p => !help.Parameters.TryGetValue(p.Name, out var text) || !text.Any(t => t.Length > 0))
                .Select(p => $"{cmdlet.Name}: -{p.Name} has no description"));
            problems.AddRange(help.Parameters.Keys.Where(k => !names.Contains(k) && !ShouldProcessParameters.Contains(k))
                .Select(k => $"{cmdlet.Name}: help describes -{k}, which does not exist"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void No_help_source_is_left_without_a_cmdlet()
    {
        var cmdlets = _module.Cmdlets.Select(c => c.Name).ToHashSet();
        var orphans = Directory.GetFiles(TestPaths.HelpSources, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => !cmdlets.Contains(n!));
        Assert.Empty(orphans);
    }

    [Fact]
    public void The_about_topic_mentions_every_cmdlet()
    {
        var about = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "module", "en-US", "about_AzBatchJobs.help.txt"));
        Assert.Empty(_module.Cmdlets.Where(c => !about.Contains(c.Name, StringComparison.Ordinal)).Select(c => c.Name));
    }
}
