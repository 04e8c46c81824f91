using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Formatting;

/// <summary>
/// An emulator holding one of each object the views show: a job with preparation and release tasks, a
/// failed task, a succeeded one, a multi-instance task and their files, all finished.
/// </summary>
public sealed class ViewShell : BatchShell
{
    public const string JobId = "nightly-render-2026-11-30";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Run("""
            function Shell([string] $command) { if ($IsWindows) { "cmd /c $command" } else { "/bin/sh -c '$command'" } }
            New-BatchJob -Id $jobId -PoolId render-pool -JobPreparationTask @{ CommandLine = (Shell 'exit 0') } -JobReleaseTask @{ CommandLine = (Shell 'exit 0') } | Out-Null
            New-BatchTask -JobId $jobId -Id frame-0001 -CommandLine (Shell 'exit 3') -Constraints @{ MaxWallClockTime = '01:00:00'; MaxTaskRetryCount = 0 } | Out-Null
            New-BatchTask -JobId $jobId -Id frame-0002 -CommandLine (Shell 'exit 0') | Out-Null
            New-BatchTask -JobId $jobId -Id solver -CommandLine (Shell 'exit 0') -MultiInstanceSettings @{ NumberOfInstances = 2; CoordinationCommandLine = (Shell 'exit 0') } | Out-Null
            Wait-BatchJob -Id $jobId -Timeout '00:01:00' | Out-Null
            """, ("jobId", JobId)).AssertSucceeded();
    }
}
