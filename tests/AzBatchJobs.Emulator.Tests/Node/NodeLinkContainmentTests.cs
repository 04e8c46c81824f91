using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>Links a task leaves behind (for its retry, or for its output files) never make the node write or read outside it.</summary>
public sealed class NodeLinkContainmentTests : IDisposable
{
    private const string Secret = "the user's own file\n";
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();
    private readonly TaskDirectory _dir;

    public NodeLinkContainmentTests()
    {
        _dir = TaskDir(_temp);
        _dir.Create();
        Directory.CreateDirectory(Outside);
        File.WriteAllText(OutsideFile, Secret);
    }

    private string Outside => _temp.Combine("outside");

    private string OutsideFile => Path.Combine(Outside, "secret.txt");

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }

    private string Source(string content)
    {
        string source = _temp.Combine("source-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(source, content);
        return new Uri(source).AbsoluteUri;
    }

    private Task<TaskFailureInfo?> DownloadAsync(string url, string filePath) =>
        new ResourceFileDownloader(_http).DownloadAllAsync([new ResourceFileRequest(url, null, null, null, filePath, null)], _dir.WorkingDir, default);

    [Fact]
    public async Task A_resource_file_is_not_written_through_a_directory_link_left_by_an_earlier_attempt()
    {
        Directory.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "data"), Outside);

        TaskFailureInfo? failure = await DownloadAsync(Source("input"), "data/in.txt");

        Assert.Equal(TaskFailureCodes.ResourceFileWriteFailed, failure!.Code);
        Assert.False(File.Exists(Path.Combine(Outside, "in.txt")));
    }

    [Fact]
    public async Task A_resource_file_is_not_written_over_a_file_link_that_leads_outside()
    {
        File.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "in.txt"), OutsideFile);

        TaskFailureInfo? failure = await DownloadAsync(Source("overwritten"), "in.txt");

        Assert.Equal(TaskFailureCodes.ResourceFileWriteFailed, failure!.Code);
        Assert.Equal(Secret, File.ReadAllText(OutsideFile));
    }

    [Fact]
    public async Task A_working_directory_replaced_by_a_link_takes_no_resource_file()
    {
        Directory.Delete(_dir.WorkingDir);
        Directory.CreateSymbolicLink(_dir.WorkingDir, Outside);

        TaskFailureInfo? failure = await DownloadAsync(Source("input"), "in.txt");

        Assert.Equal(TaskFailureCodes.ResourceFileWriteFailed, failure!.Code);
        Assert.False(File.Exists(Path.Combine(Outside, "in.txt")));
    }

    [Fact]
    public async Task A_local_container_with_a_loop_of_links_is_copied_once()
    {
        string container = _temp.Combine("container");
        Directory.CreateDirectory(container);
        File.WriteAllText(Path.Combine(container, "a.txt"), "a");
        Directory.CreateSymbolicLink(Path.Combine(container, "loop"), ".");
        var request = new ResourceFileRequest(null, new Uri(container).AbsoluteUri, null, null, "in", null);

        TaskFailureInfo? failure = await new ResourceFileDownloader(_http).DownloadAllAsync([request], _dir.WorkingDir, default);

        Assert.Null(failure);
        Assert.Equal(["a.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(_dir.WorkingDir, "in")).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_wildcards_skip_links_that_lead_outside_and_never_enter_a_loop()
    {
        File.WriteAllText(Path.Combine(_dir.WorkingDir, "own.txt"), "own");
        File.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "out.txt"), OutsideFile);
        File.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "log.txt"), "../stdout.txt");
        File.WriteAllText(_dir.StdoutPath, "stdout");
        Directory.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "home"), Outside);
        Directory.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "b"), ".");
        string container = _temp.Combine("container");

        TaskFailureInfo? failure = OutputFileUploader.UploadAll(
            [new OutputFileRequest("**/*.txt", new Uri(container).AbsoluteUri, null, "taskcompletion")], _dir.WorkingDir, 0, new Dictionary<string, string>());

        Assert.Null(failure);
        Assert.Equal(["log.txt", "own.txt"], Directory.EnumerateFiles(container, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order());
        Assert.Equal("stdout", File.ReadAllText(Path.Combine(container, "log.txt")));
    }

    [Theory]
    [InlineData("out.txt")]
    [InlineData("home/secret.txt")]
    [InlineData("home/*.txt")]
    public void An_output_pattern_through_a_link_that_leads_outside_uploads_nothing(string pattern)
    {
        File.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "out.txt"), OutsideFile);
        Directory.CreateSymbolicLink(Path.Combine(_dir.WorkingDir, "home"), Outside);
        string container = _temp.Combine("container");

        TaskFailureInfo? failure = OutputFileUploader.UploadAll(
            [new OutputFileRequest(pattern, new Uri(container).AbsoluteUri, null, "taskcompletion")], _dir.WorkingDir, 0, new Dictionary<string, string>());

        Assert.False(Directory.Exists(container) && Directory.EnumerateFiles(container, "*", SearchOption.AllDirectories).Any());
        if (!pattern.Contains('*'))
        {
            Assert.Equal(TaskFailureCodes.FileUploadMiscError, failure!.Code);
            Assert.Contains("outside the task directory", failure.Message);
        }
    }

    [Fact]
    public async Task A_retry_does_not_write_its_output_through_a_stdout_link_left_by_the_first_attempt()
    {
        File.CreateSymbolicLink(_dir.StdoutPath, OutsideFile);

        ProcessRunResult run = await new TaskProcessRunner().RunAsync(Launch(Shell("echo second attempt"), _dir), default);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Secret, File.ReadAllText(OutsideFile));
        Assert.Null(new FileInfo(_dir.StdoutPath).LinkTarget);
        Assert.Equal("second attempt\n", File.ReadAllText(_dir.StdoutPath));
    }

    [Fact]
    public async Task A_retry_fails_before_it_runs_when_the_first_attempt_linked_a_resource_directory_outside()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the script is POSIX shell
        }
        await using var node = await NodeEmulator.StartAsync(slots: 1);
        await node.Http.CreateJobAsync("job-relink");
        await node.AddTaskAsync("job-relink", NodeEmulator.ShellTask("t", $"rm -r data; ln -s {Outside} data; exit 1", new JsonObject
        {
            ["resourceFiles"] = new JsonArray(new JsonObject { ["httpUrl"] = Source("input"), ["filePath"] = "data/in.txt" }),
            ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 1 },
        }));

        JsonObject task = await node.WaitForStateAsync("job-relink", "t", "completed");

        JsonObject info = (JsonObject)task["executionInfo"]!;
        Assert.Equal(1, (int?)info["retryCount"]);
        Assert.Equal(TaskFailureCodes.ResourceFileWriteFailed, (string?)info["failureInfo"]!["code"]);
        Assert.False(File.Exists(Path.Combine(Outside, "in.txt")));
    }
}
