using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New-BatchTestCommandLine: task behaviour a test asks for, run by the emulator's node on this computer.</summary>
public sealed class EmulatorTestCommandLineTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public EmulatorTestCommandLineTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void A_task_fails_with_the_exit_code_and_writes_the_texts_untouched()
    {
        var result = _shell.Run("""
            New-BatchJob -Id $job -PoolId p | Out-Null
            $line = New-BatchTestCommandLine -ExitCode 7 -StandardOutput "it's `"quoted`" `$HOME" -StandardError 'input not ready; $PATH'
            New-BatchTask -JobId $job -Id t -CommandLine $line | Out-Null
            $task = Wait-BatchTask -JobId $job -Id t -Timeout 00:00:30 -PollInterval 1
            $task.ExecutionInfo.ExitCode
            "$($task.ExecutionInfo.Result)"
            Get-BatchTaskFile -JobId $job -TaskId t -Path stdout.txt -Raw
            Get-BatchTaskFile -JobId $job -TaskId t -Path stderr.txt -Raw
            """, ("job", BatchShell.NewId("fail"))).AssertSucceeded();
        Assert.Equal(new[] { "7", "failure", "it's \"quoted\" $HOME\n", "input not ready; $PATH\n" }, result.Lines);
    }

    [Fact]
    public void A_task_that_fails_first_succeeds_when_reactivated()
    {
        var result = _shell.Run("""
            New-BatchJob -Id $job -PoolId p | Out-Null
            New-BatchTask -JobId $job -Id flaky -CommandLine (New-BatchTestCommandLine -FailFirst 1 -ExitCode 3 -StandardError 'not yet') | Out-Null
            (Wait-BatchTask -JobId $job -Id flaky -Timeout 00:00:30 -PollInterval 1).ExecutionInfo.ExitCode
            Invoke-BatchTaskReactivate -JobId $job -Id flaky
            (Wait-BatchTask -JobId $job -Id flaky -Timeout 00:00:30 -PollInterval 1).ExecutionInfo.ExitCode
            """, ("job", BatchShell.NewId("flaky"))).AssertSucceeded();
        Assert.Equal(new[] { "3", "0" }, result.Lines);
    }

    [Fact]
    public void A_task_runs_for_the_given_seconds()
    {
        var result = _shell.Run("""
            New-BatchJob -Id $job -PoolId p | Out-Null
            New-BatchTask -JobId $job -Id slow -CommandLine (New-BatchTestCommandLine -Seconds 1.5) | Out-Null
            $info = (Wait-BatchTask -JobId $job -Id slow -Timeout 00:00:30 -PollInterval 1).ExecutionInfo
            "$($info.Result)"
            ($info.EndTime - $info.StartTime).TotalSeconds
            """, ("job", BatchShell.NewId("slow"))).AssertSucceeded();
        Assert.Equal("success", result.Lines[0]);
        Assert.InRange((double)result.Output[1].BaseObject, 1.5, 30);
    }

    [Fact]
    public void The_Windows_form_is_Windows_PowerShell_with_an_encoded_script_and_the_Linux_form_is_sh()
    {
        var result = _shell.RunUnconnected("""
            New-BatchTestCommandLine -Platform Windows -ExitCode 2 -StandardError "it's"
            New-BatchTestCommandLine -Platform Linux
            """).AssertSucceeded();
        var windows = result.Lines[0];
        Assert.StartsWith("powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand ", windows);
        var script = System.Text.Encoding.Unicode.GetString(Convert.FromBase64String(windows.Split(' ').Last()));
        Assert.Equal("[Console]::Error.WriteLine('it''s'); exit 2", script);
        Assert.Equal("/bin/sh -c 'exit 0' test-task '' ''", result.Lines[1]);
    }

    [Fact]
    public void The_testing_topic_ships_with_the_module()
    {
        var result = _shell.RunUnconnected("Get-Help about_AzBatchJobs_Testing | Out-String").AssertSucceeded();
        Assert.Contains("Testing your own Batch scripts and runbooks with Pester", result.Lines.Single());
        Assert.Contains("New-BatchTestCommandLine -FailFirst 1", result.Lines.Single());
    }
}
