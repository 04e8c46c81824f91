using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>
/// The connection Start-BatchEmulator makes: the key kept out of every output, a connection for
/// one test group that leaves the session's default alone, the environment a runbook reads, and
/// the emulator's fault injection.
/// </summary>
public sealed class EmulatorConnectionTests : IClassFixture<BatchShell>
{
    /// <summary>Published in the emulator's README; -WellKnownKey makes the key known to the test, so its absence can be checked.</summary>
    private const string WellKnownKey = "nV4olOFLkLj4u3astlrC3veXAB4QElZzfC+QHW+esF5u29CO4MKIPxeS/8WxV7FUi3BvBXjoZyclW2HrFOLBqw==";

    private readonly BatchShell _shell;

    public EmulatorConnectionTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void The_key_appears_in_no_output_format_or_stream()
    {
        var result = _shell.RunUnconnected("""
            $DebugPreference = 'Continue'
            $emulator = Start-BatchEmulator -InMemory -WellKnownKey -Verbose
            $emulator | Format-Table | Out-String
            $emulator | Format-List * | Out-String
            $emulator.Context | Format-List * | Out-String
            $emulator | ConvertTo-Json -Depth 6
            "$emulator"
            New-BatchJob -Id $id -PoolId p -Verbose | Out-Null
            """, ("id", BatchShell.NewId("key"))).AssertSucceeded();
        var everything = string.Join("\n", result.Lines.Concat(result.Verbose.Select(v => v.Message)).Concat(result.Debug.Select(d => d.Message))
            .Concat(result.Warnings.Select(w => w.Message)));
        Assert.Contains("localbatch", everything);
        Assert.DoesNotContain(WellKnownKey, everything);
        Assert.DoesNotContain(WellKnownKey[..20], everything);
    }

    [Fact]
    public void The_well_known_key_is_used_only_on_request_and_with_a_warning()
    {
        var result = _shell.RunUnconnected("""
            $known = Start-BatchEmulator -InMemory -WellKnownKey -NoDefault
            $context = Connect-BatchAccount -Endpoint $known.Endpoint -AccountName localbatch -AccountKey (ConvertTo-SecureString $key -AsPlainText -Force) -NoDefault
            Get-BatchJob -Context $context | Measure-Object | ForEach-Object Count
            Start-BatchEmulator -InMemory -NoDefault | Out-Null
            """, ("key", WellKnownKey)).AssertSucceeded();
        Assert.Equal(0, result.Output[0].BaseObject);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("The emulator uses the published well-known key", warning.Message);
    }

    [Fact]
    public void The_key_is_random_for_each_start()
    {
        var result = _shell.RunUnconnected("""
            1..2 | ForEach-Object {
                $emulator = Start-BatchEmulator -InMemory -NoDefault -SetEnvironment
                $env:AZURE_BATCH_ACCESS_KEY
                $emulator | Stop-BatchEmulator
            }
            """).AssertSucceeded();
        Assert.Equal(2, result.Lines.Distinct().Count());
        Assert.All(result.Lines, key => Assert.Equal(64, Convert.FromBase64String(key).Length));
        Assert.DoesNotContain(WellKnownKey, result.Lines);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("well-known key"));
    }

    [Fact]
    public void NoDefault_gives_a_connection_of_its_own_and_leaves_the_session_default_alone()
    {
        var id = BatchShell.NewId("own");
        var result = _shell.Run("""
            $own = Start-BatchEmulator -InMemory -NoDefault
            New-BatchJob -Id $id -PoolId p -Context $own.Context | Out-Null
            (Get-BatchJob -Id $id -Context $own.Context).Id
            Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable missing
            $missing.FullyQualifiedErrorId
            $own | Stop-BatchEmulator
            (Get-BatchJob -MaxCount 1 | Measure-Object).Count -ge 0
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(id, result.Lines[0]);
        // The session default (this fixture's emulator) does not have the job, and still works after the stop.
        Assert.StartsWith("JobNotFound,", result.Lines[1]);
        Assert.Equal(true, result.Output[2].BaseObject);
    }

    [Fact]
    public void SetEnvironment_sets_the_variables_a_runbook_reads_and_Stop_puts_back_the_old_values()
    {
        var before = Environment.GetEnvironmentVariable("AZURE_BATCH_ENDPOINT");
        Environment.SetEnvironmentVariable("AZURE_BATCH_ENDPOINT", "https://before.example");
        try
        {
            // The variables are checked by connecting with them: the session default, which this process
            // shares with other tests, would come before them for a cmdlet without -Context.
            var result = _shell.RunUnconnected("""
                $emulator = Start-BatchEmulator -InMemory -NoDefault -SetEnvironment
                $env:AZURE_BATCH_ENDPOINT -eq $emulator.Endpoint.GetLeftPart('Authority')
                $env:AZURE_BATCH_ACCOUNT
                $fromEnvironment = Connect-BatchAccount -Endpoint $env:AZURE_BATCH_ENDPOINT -AccountName $env:AZURE_BATCH_ACCOUNT -AccountKey (ConvertTo-SecureString $env:AZURE_BATCH_ACCESS_KEY -AsPlainText -Force) -NoDefault
                New-BatchJob -Id $id -PoolId p -Context $fromEnvironment | Out-Null
                (Get-BatchJob -Id $id -Context $emulator.Context).Id
                $emulator | Stop-BatchEmulator
                $env:AZURE_BATCH_ENDPOINT
                $null -eq $env:AZURE_BATCH_ACCESS_KEY
                """, ("id", BatchShell.NewId("env"))).AssertSucceeded();
            Assert.Equal(new object[] { true, "localbatch" }, result.Objects.Take(2));
            Assert.StartsWith("env-", result.Lines[2]);
            Assert.Equal(new object[] { "https://before.example", true }, result.Objects.Skip(3));
        }
        finally
        {
            Environment.SetEnvironmentVariable("AZURE_BATCH_ENDPOINT", before);
        }
    }

    [Fact]
    public void SetEnvironment_under_a_session_default_warns_that_the_default_wins()
    {
        var result = _shell.Run("Start-BatchEmulator -InMemory -NoDefault -SetEnvironment | Stop-BatchEmulator").AssertSucceeded();
        Assert.Contains("which cmdlets use before AZURE_BATCH_*", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void FaultRate_and_Seed_make_requests_fail_and_the_client_retry()
    {
        var result = _shell.RunUnconnected("""
            Start-BatchEmulator -InMemory -Slots 0 -FaultRate 0.5 -Seed 17 | Out-Null
            1..4 | ForEach-Object { Get-BatchJob -MaxCount 1 -Verbose } | Out-Null
            """).AssertSucceeded();
        Assert.Contains(result.Verbose, v => v.Message.Contains(" retry ", StringComparison.Ordinal));
    }

    [Fact]
    public void ThrottleRate_answers_429_above_the_rate_and_the_client_waits_and_retries()
    {
        var result = _shell.RunUnconnected("""
            Start-BatchEmulator -InMemory -Slots 0 -ThrottleRate 1 | Out-Null
            1..2 | ForEach-Object { Get-BatchJob -MaxCount 1 -Verbose } | Out-Null
            """).AssertSucceeded();
        // Nothing else fails here: the second request within the second is answered 429 and sent again.
        Assert.Contains(result.Verbose, v => v.Message.Contains(" retry 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void ThrottleSeconds_without_ThrottleRate_is_refused_naming_both()
    {
        var result = _shell.RunUnconnected("""
            Start-BatchEmulator -InMemory -ThrottleSeconds 3
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ThrottleSecondsWithoutRate,AzBatchJobs.Cmdlets.StartBatchEmulatorCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("-ThrottleSeconds needs -ThrottleRate", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fault_and_slot_options_reach_the_emulator_command_line()
    {
        if (!OperatingSystem.IsLinux()) return; // reads /proc
        var result = _shell.RunUnconnected("""
            $emulator = Start-BatchEmulator -InMemory -Slots 3 -FaultRate 0.25 -TaskFaultRate 0.5 -ThrottleRate 40 -ThrottleSeconds 2 -Seed 7 -NoDefault
            [IO.File]::ReadAllText("/proc/$($emulator.ProcessId)/cmdline").Split([char]0)
            """).AssertSucceeded();
        var arguments = string.Join(" ", result.Lines);
        Assert.Contains("--in-memory --slots 3 --fault-rate 0.25 --task-fault-rate 0.5 --throttle-rate 40 --throttle-for 2 --seed 7", arguments);
        Assert.Contains("--detached --exit-on-stdin-close", arguments);
    }
}
