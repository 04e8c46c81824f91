using System.Globalization;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Completion;

/// <summary>Tab completion as the console asks for it (TabExpansion2), against the emulator.</summary>
public sealed class CompletionTests : IClassFixture<BatchShell>
{
    private const string Complete = "(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object";
    // The first completion in a runspace warms PowerShell's completion engine up; only the second one is timed.
    private const string Timed = """
        $null = TabExpansion2 -inputScript 'Get-ChildItem -Pa' -cursorColumn 17
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText
        $clock.Elapsed.TotalSeconds
        $completions
        """;

    private readonly BatchShell _shell;

    public CompletionTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Job_ids_complete_from_the_service_by_what_was_typed()
    {
        var prefix = BatchShell.NewId("tab");
        var result = _shell.Run($$"""
            New-BatchJob -Id {{prefix}}-a1 -PoolId p | Out-Null
            New-BatchJob -Id {{prefix}}-a2 -PoolId p | Out-Null
            New-BatchJob -Id {{prefix}}-b1 -PoolId p | Out-Null
            foreach ($line in "Get-BatchJob -Id {{prefix}}-a", "Remove-BatchJob {{prefix}}-b", "Get-BatchTask -JobId '{{prefix}}-a2") { {{Complete}}; '--' }
            """).AssertSucceeded();

        Assert.Equal(new[] { $"{prefix}-a1", $"{prefix}-a2", "--", $"{prefix}-b1", "--", $"{prefix}-a2", "--" }, result.Lines);
    }

    [Fact]
    public void Task_ids_complete_from_the_job_already_typed()
    {
        var jobId = BatchShell.NewId("tabtasks");
        var result = _shell.Run($$"""
            New-BatchJob -Id {{jobId}} -PoolId p | Out-Null
            'extract', 'export', 'load' | ForEach-Object { New-BatchTask -JobId {{jobId}} -Id $_ -CommandLine 'x' | Out-Null }
            $line = "Stop-BatchTask -JobId {{jobId}} -Id ex"; {{Complete}}; '--'
            $line = "Get-BatchTask {{jobId}} -Id "; {{Complete}}; '--'
            $line = "Get-BatchTaskFile -JobId {{jobId}} -TaskId l"; {{Complete}}
            """).AssertSucceeded();

        Assert.Equal(new[] { "export", "extract", "--", "export", "extract", "load", "--", "load" }, result.Lines);
    }

    [Fact]
    public void Without_a_connection_nothing_is_asked_and_no_id_is_offered()
    {
        BatchShell.ForgetDefaultConnection();

        var result = _shell.RunUnconnected("$line = 'Get-BatchJob -Id zz-no-such-'\n" + Timed).AssertSucceeded();

        Assert.True(double.Parse(result.Lines[0], CultureInfo.InvariantCulture) < 1, $"took {result.Lines[0]} s");
        Assert.Single(result.Lines);
    }

    [Fact]
    public void The_Azure_CLI_variables_with_a_Shared_Key_are_used_when_there_is_no_default()
    {
        var id = BatchShell.NewId("tabenv");
        _shell.Run($"New-BatchJob -Id {id} -PoolId p | Out-Null").AssertSucceeded();
        BatchShell.ForgetDefaultConnection();
        var saved = new[] { "AZURE_BATCH_ENDPOINT", "AZURE_BATCH_ACCOUNT", "AZURE_BATCH_ACCESS_KEY" }.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        Environment.SetEnvironmentVariable("AZURE_BATCH_ENDPOINT", _shell.Emulator.Endpoint.ToString());
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCOUNT", _shell.Emulator.AccountName);
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCESS_KEY", _shell.Emulator.AccountKey);
        try
        {
            var result = _shell.RunUnconnected($"$line = 'Get-BatchJob -Id {id[..^3]}'; {Complete}").AssertSucceeded();

            Assert.Equal(new[] { id }, result.Lines);
        }
        finally
        {
            foreach (var pair in saved) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
        }
    }

    [Fact]
    public void An_unreachable_service_completes_nothing_quickly_and_silently()
    {
        var result = _shell.Run($"""
            $context = Connect-BatchAccount -Endpoint {CannedBatchService.RefusingEndpoint()} -AccountName a -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force) -NoDefault
            $line = 'Get-BatchJob -Context $context -Id zz-no-such-'
            """ + "\n" + Timed).AssertSucceeded();

        // The completion budget is 3 s; a refused connection is not retried, so it ends well before.
        Assert.True(double.Parse(result.Lines[0], CultureInfo.InvariantCulture) < 3.5, $"took {result.Lines[0]} s");
        Assert.Single(result.Lines);
    }

    [Fact]
    public void Enum_like_parameters_complete_their_known_values()
    {
        var result = _shell.RunUnconnected($"""
            $line = 'New-BatchJob -Id j -PoolId p -OnAllTasksComplete '; {Complete}; '--'
            $line = 'Update-BatchJob -Id j -OnAllTasksComplete term'; {Complete}; '--'
            $line = 'New-BatchJob -Id j -PoolId p -OnTaskFailure P'; {Complete}
            """).AssertSucceeded();

        Assert.Equal(new[] { "NoAction", "TerminateJob", "--", "TerminateJob", "--", "PerformExitOptionsJobAction" }, result.Lines);
    }
}
