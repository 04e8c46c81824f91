using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class OutputFileUploaderTests
{
    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    private static async Task<(TempDirectory Temp, TaskDirectory Dir, ProcessRunResult Run)> RunAsync(string script)
    {
        var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        ProcessRunResult run = await new TaskProcessRunner().RunAsync(Launch(Shell(script), dir), default);
        return (temp, dir, run);
    }

    [Fact]
    public async Task Copies_matched_files_to_a_file_container_with_the_spec_blob_names()
    {
        (TempDirectory temp, TaskDirectory dir, ProcessRunResult run) = await RunAsync(
            "mkdir -p out/sub out/.hidden; echo 1 > out/a.log; echo 2 > out/sub/b.log; echo 3 > out/.c.log; "
            + "echo 4 > out/.hidden/d.log; echo 5 > out/e.txt; echo result > result.json; echo done");
        using (temp)
        {
            string container = new Uri(temp.Combine("container")).AbsoluteUri;

            TaskFailureInfo? failure = OutputFileUploader.UploadAll(
                [
                    new OutputFileRequest("out/**/*.log", container, "logs", "taskcompletion"),
                    new OutputFileRequest("result.json", container, "final/result.json", "tasksuccess"),
                    new OutputFileRequest("../stdout.txt", container, null, "tasksuccess"),
                ],
                dir.WorkingDir, run.ExitCode, NoEnvironment);

            Assert.Null(failure);
            string[] uploaded = Directory.EnumerateFiles(temp.Combine("container"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(temp.Combine("container"), f).Replace('\\', '/')).Order().ToArray();
            Assert.Equal(["final/result.json", "logs/a.log", "logs/sub/b.log", "stdout.txt"], uploaded);
            Assert.Equal("done\n", File.ReadAllText(temp.Combine("container", "stdout.txt")));
        }
    }

    [Theory]
    [InlineData(0, "tasksuccess", true)]
    [InlineData(0, "taskfailure", false)]
    [InlineData(2, "taskfailure", true)]
    [InlineData(2, "tasksuccess", false)]
    [InlineData(2, "TaskCompletion", true)]
    public async Task Upload_condition_follows_the_exit_code(int exitCode, string condition, bool uploaded)
    {
        (TempDirectory temp, TaskDirectory dir, ProcessRunResult run) = await RunAsync($"echo x > f.txt; exit {exitCode}");
        using (temp)
        {
            TaskFailureInfo? failure = OutputFileUploader.UploadAll(
                [new OutputFileRequest("f.txt", new Uri(temp.Combine("c")).AbsoluteUri, null, condition)],
                dir.WorkingDir, run.ExitCode, NoEnvironment);

            Assert.Null(failure);
            Assert.Equal(uploaded, File.Exists(temp.Combine("c", "f.txt")));
        }
    }

    [Fact]
    public async Task A_storage_destination_fails_with_FileUploadMiscError_without_the_sas_token()
    {
        (TempDirectory temp, TaskDirectory dir, ProcessRunResult run) = await RunAsync("echo x > f.txt");
        using (temp)
        {
            TaskFailureInfo? failure = OutputFileUploader.UploadAll(
                [new OutputFileRequest("f.txt", "https://acct.blob.core.windows.net/out?sv=1&sig=SECRETSIG", null, "taskcompletion")],
                dir.WorkingDir, run.ExitCode, NoEnvironment);

            Assert.NotNull(failure);
            Assert.Equal("usererror", failure.Category);
            Assert.Equal(TaskFailureCodes.FileUploadMiscError, failure.Code);
            Assert.Contains("file://", failure.Message);
            Assert.DoesNotContain("SECRETSIG", failure.Message);
            Assert.DoesNotContain(failure.Details, d => d.Value.Contains("SECRETSIG"));
        }
    }

    [Fact]
    public void Nothing_is_uploaded_when_the_process_never_ran()
    {
        using var temp = new TempDirectory();

        TaskFailureInfo? failure = OutputFileUploader.UploadAll(
            [new OutputFileRequest("*", "https://remote/c", null, "taskcompletion")], temp.Path, exitCode: null, NoEnvironment);

        Assert.Null(failure);
    }

    [Fact]
    public void An_unknown_upload_condition_is_refused_naming_the_field()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<ArgumentException>(() => OutputFileUploader.UploadAll(
            [new OutputFileRequest("*", "file:///tmp/c", null, "sometimes")], temp.Path, 0, NoEnvironment));

        Assert.StartsWith("outputFiles.uploadOptions.uploadCondition:", error.Message);
    }
}
