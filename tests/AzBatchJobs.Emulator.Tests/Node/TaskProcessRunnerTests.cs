using System.Diagnostics;
using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskProcessRunnerTests
{
    private readonly TaskProcessRunner _runner = new();

    [Fact]
    public async Task Captures_exit_code_stdout_stderr_and_times()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        DateTimeOffset before = DateTimeOffset.UtcNow;

        ProcessRunResult run = await _runner.RunAsync(Launch(Shell("echo out; echo err >&2; exit 3"), dir), default);

        Assert.Equal(ProcessEndReason.Exited, run.Reason);
        Assert.Equal(3, run.ExitCode);
        Assert.Equal("out\n", File.ReadAllText(dir.StdoutPath));
        Assert.Equal("err\n", File.ReadAllText(dir.StderrPath));
        Assert.InRange(run.StartTime, before, run.EndTime);
        Assert.InRange(run.EndTime, run.StartTime, DateTimeOffset.UtcNow);
        Assert.Null(run.LaunchFailure);
    }

    [Fact]
    public async Task Runs_the_program_directly_without_a_shell()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);

        ProcessRunResult run = await _runner.RunAsync(Launch("echo $HOME '*' \"a  b\"", dir), default);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("$HOME * a  b\n", File.ReadAllText(dir.StdoutPath));
    }

    [Fact]
    public async Task A_rerun_truncates_the_previous_output()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        await _runner.RunAsync(Launch("echo first-run-with-long-output", dir), default);

        await _runner.RunAsync(Launch("echo second", dir), default);

        Assert.Equal("second\n", File.ReadAllText(dir.StdoutPath));
    }

    [Fact]
    public async Task A_relative_program_path_is_relative_to_the_working_directory()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        dir.Create();
        string script = Path.Combine(dir.WorkingDir, "run.sh");
        File.WriteAllText(script, "#!/bin/sh\necho from-script \"$1\"\nexit 4\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        ProcessRunResult run = await _runner.RunAsync(Launch("./run.sh arg", dir), default);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("from-script arg\n", File.ReadAllText(dir.StdoutPath));
    }

    [Fact]
    public async Task A_missing_program_fails_with_CommandProgramNotFound()
    {
        using var temp = new TempDirectory();

        ProcessRunResult run = await _runner.RunAsync(Launch("no-such-program-azbj --x", TaskDir(temp)), default);

        Assert.Equal(ProcessEndReason.LaunchFailed, run.Reason);
        Assert.Null(run.ExitCode);
        Assert.Equal(TaskFailureCodes.CommandProgramNotFound, run.LaunchFailure!.Code);
        Assert.Equal("usererror", run.LaunchFailure.Category);
        Assert.Contains("no-such-program-azbj", run.LaunchFailure.Message);
    }

    [Fact]
    public async Task A_malformed_command_line_fails_with_CommandLaunchFailed()
    {
        using var temp = new TempDirectory();

        ProcessRunResult run = await _runner.RunAsync(Launch("sh -c 'exit 1", TaskDir(temp)), default);

        Assert.Equal(ProcessEndReason.LaunchFailed, run.Reason);
        Assert.Equal(TaskFailureCodes.CommandLaunchFailed, run.LaunchFailure!.Code);
        Assert.Contains("unterminated single quote", run.LaunchFailure.Message);
    }

    [Fact]
    public async Task Max_wall_clock_time_kills_the_process()
    {
        using var temp = new TempDirectory();
        var watch = Stopwatch.StartNew();

        ProcessRunResult run = await _runner.RunAsync(Launch("sleep 30", TaskDir(temp), TimeSpan.FromMilliseconds(300)), default);

        Assert.Equal(ProcessEndReason.WallClockExpired, run.Reason);
        Assert.NotEqual(0, run.ExitCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_negative_wall_clock_ends_the_process_at_once()
    {
        using var temp = new TempDirectory();
        var watch = Stopwatch.StartNew();

        ProcessRunResult run = await _runner.RunAsync(Launch("sleep 30", TaskDir(temp), TimeSpan.FromHours(-1)), default);

        Assert.Equal(ProcessEndReason.WallClockExpired, run.Reason);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_kills_the_whole_process_tree_and_output_so_far_is_kept()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        using var kill = new CancellationTokenSource();
        string pidFile = Path.Combine(dir.WorkingDir, "child.pid");

        Task<ProcessRunResult> running = _runner.RunAsync(
            Launch(Shell("echo started; sleep 30 & echo $! > child.pid; wait"), dir), kill.Token);
        Assert.True(await WaitUntilAsync(() => File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'), TimeSpan.FromSeconds(10)));
        int childPid = int.Parse(File.ReadAllText(pidFile).Trim());
        Assert.True(ProcessIsAlive(childPid));
        Assert.True(await WaitUntilAsync(() => File.ReadAllText(dir.StdoutPath) == "started\n", TimeSpan.FromSeconds(5)),
            "stdout.txt is readable while the task runs");

        kill.Cancel();
        ProcessRunResult run = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ProcessEndReason.Killed, run.Reason);
        Assert.True(await WaitUntilAsync(() => !ProcessIsAlive(childPid), TimeSpan.FromSeconds(5)), "the grandchild sleep survived");
        Assert.Equal("started\n", File.ReadAllText(dir.StdoutPath));
    }
}
