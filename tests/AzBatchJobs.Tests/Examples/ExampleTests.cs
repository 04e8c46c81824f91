using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Examples;

/// <summary>
/// Every example of the README, the cmdlets' help and about_AzBatchJobs runs as written (after the
/// placeholders of <see cref="ExampleWorld.Substitutions"/>), in real PowerShell, against its own emulator
/// holding what the example takes for granted. It passes when it writes no error and ends in time.
/// </summary>
public sealed class ExampleTests
{
    /// <summary>Examples that need a real Batch account (an Azure endpoint, a prompt for a secret): named, not run.</summary>
    private static readonly string[] NeedAzure =
    {
        "Connect-BatchAccount.md: A second account beside the default",
        "Connect-BatchAccount.md: A service principal with a certificate file",
        "Connect-BatchAccount.md: A service principal with a client secret",
        "Connect-BatchAccount.md: Managed identity in a runbook",
        "Connect-BatchAccount.md: Shared Key",
    };

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    public static IEnumerable<object[]> Runnable() =>
        ExampleCatalog.All().Where(e => !NeedAzure.Contains(e.Name)).Select(e => new object[] { e.Name });

    [Fact]
    public void The_catalog_finds_the_examples_of_every_source_and_names_each_once()
    {
        var examples = ExampleCatalog.All();

        Assert.Contains(examples, e => e.Source == "README.md");
        Assert.Contains(examples, e => e.Source == "about_AzBatchJobs");
        Assert.True(examples.Count(e => e.Source.EndsWith(".md", StringComparison.Ordinal)) > 24);
        Assert.Equal(examples.Count, examples.Select(e => e.Name).Distinct().Count());
    }

    [Fact]
    public void The_examples_that_need_real_Azure_are_exactly_the_listed_ones()
    {
        var needAzure = ExampleCatalog.All().Where(e => e.Code.Contains(".batch.azure.com", StringComparison.Ordinal)).Select(e => e.Name);

        Assert.Equal(NeedAzure.Order(StringComparer.Ordinal), needAzure.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runnable))]
    public async Task The_example_runs_as_written(string name)
    {
        var code = ExampleWorld.Adapt(ExampleCatalog.All().Single(e => e.Name == name).Code);
        var folder = Directory.CreateTempSubdirectory("azbj-example").FullName;
        var shell = new ExampleShell();
        await shell.InitializeAsync();
        // An emulator the example starts without -InMemory keeps its state under the per-user data folder: here, the example's own.
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", folder);
        try
        {
            ExampleWorld.WriteFiles(folder);
            // The world is made in a scope of its own, so none of its variables is visible to the example.
            var world = $"& {{\n$ErrorActionPreference = 'Stop'\n{ExampleWorld.Setup(code)}\n}}\n";
            // An emulator the example starts is stopped whatever happens.
            var asWritten = code.Contains("Start-BatchEmulator", StringComparison.Ordinal)
                ? $"try {{\n{code}\n}} finally {{ Stop-BatchEmulator -ErrorAction Ignore }}"
                : code;

            var result = shell.RunFrom(folder, TimeLimit, world + asWritten);

            Assert.True(result.Errors.Count == 0 && result.TerminatingError is null && !result.TimedOut,
                $"{name} failed:\n{code}\n---\n" + string.Join("\n", result.Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")
                    .Append(result.TerminatingError is { } t ? $"terminating {t.FullyQualifiedErrorId}: {t}" : "")
                    .Append(result.TimedOut ? $"still running after {TimeLimit}" : "")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", dataHome);
            await shell.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>An emulator with slots enough to run an example's world at once.</summary>
public sealed class ExampleShell : BatchShell
{
    protected override AzBatchJobs.Emulator.EmulatorOptions Options() => new() { Port = 0, InMemory = true, Slots = 8 };
}
