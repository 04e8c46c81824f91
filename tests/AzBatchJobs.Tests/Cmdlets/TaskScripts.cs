using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>What the task tests share: PowerShell helpers defined before each script, and fresh jobs.</summary>
internal static class TaskScripts
{
    /// <summary>
    /// Sh: a command line for this machine's shell (the emulator's node runs tasks here). Sleeper: one that
    /// runs for a minute. Wait-Completed: polls until the tasks have completed, and returns them.
    /// </summary>
    private const string Prelude = """
        function Sh([string] $Command) { if ($IsWindows) { "cmd /c $Command" } else { "/bin/sh -c '$Command'" } }
        function Sleeper { if ($IsWindows) { 'cmd /c ping -n 60 127.0.0.1' } else { "/bin/sh -c 'sleep 60'" } }
        function Wait-Completed([string] $JobId, [string[]] $Id) {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ($true) {
                $tasks = @($Id | ForEach-Object { Get-BatchTask -JobId $JobId -Id $_ })
                if (@($tasks | Where-Object { "$($_.State)" -ne 'completed' }).Count -eq 0) { return $tasks }
                if ([DateTime]::UtcNow -gt $deadline) { throw "tasks $Id of job $JobId did not complete within 30 s" }
                Start-Sleep -Milliseconds 100
            }
        }

        """;

    /// <summary>A fresh job; a disabled one starts none of its tasks.</summary>
    public static string NewJob(this BatchShell shell, bool disabled = false, string extra = "")
    {
        var job = BatchShell.NewId("job");
        shell.Run($"$null = New-BatchJob -Id $job -PoolId pool1 {extra}" + (disabled ? "\nDisable-BatchJob -Id $job -DisableTasks requeue" : ""), ("job", job)).AssertSucceeded();
        return job;
    }

    /// <summary>Runs the script after the helpers Sh, Sleeper and Wait-Completed.</summary>
    public static ShellResult RunTasks(this BatchShell shell, string script, params (string Name, object? Value)[] variables) =>
        shell.Run(Prelude + script, variables);

    /// <summary>The ids of the job's tasks, sorted.</summary>
    public static IReadOnlyList<string> TaskIds(this BatchShell shell, string job) =>
        shell.Run("(Get-BatchTask -JobId $job -Select id).Id | Sort-Object", ("job", job)).AssertSucceeded().Lines;
}
