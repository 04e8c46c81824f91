using System.Net;
using System.Net.Sockets;
using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class ResourceFileDownloaderTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ResourceFileDownloader _downloader;

    public ResourceFileDownloaderTests()
    {
        _downloader = new ResourceFileDownloader(_http);
    }

    public void Dispose() => _http.Dispose();

    private static ResourceFileRequest Http(string url, string? filePath = null, string? fileMode = null) =>
        new(url, null, null, null, filePath, fileMode);

    [Fact]
    public async Task Downloads_http_and_file_urls_into_the_working_directory_where_the_task_reads_them()
    {
        using var temp = new TempDirectory();
        await using var server = await LoopbackFileServer.StartAsync(new Dictionary<string, string> { ["input.txt"] = "from-http" });
        string local = temp.Combine("local-source.txt");
        File.WriteAllText(local, "from-file");
        TaskDirectory dir = TaskDir(temp);
        dir.Create();

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync(
            [Http(new Uri(server.BaseAddress, "/files/input.txt?sig=abc").ToString()), Http(new Uri(local).AbsoluteUri, "data/copy.txt")],
            dir.WorkingDir, default);
        ProcessRunResult run = await new TaskProcessRunner().RunAsync(Launch(Shell("cat input.txt data/copy.txt"), dir), default);

        Assert.Null(failure);
        Assert.Equal("from-httpfrom-file", File.ReadAllText(dir.StdoutPath));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_missing_file_url_fails_with_BlobNotFound_as_a_user_error()
    {
        using var temp = new TempDirectory();
        string missing = new Uri(temp.Combine("nope.txt")).AbsoluteUri;

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync([Http(missing)], temp.Path, default);

        Assert.NotNull(failure);
        Assert.Equal("usererror", failure.Category);
        Assert.Equal(TaskFailureCodes.BlobNotFound, failure.Code);
        Assert.Contains("nope.txt", failure.Message);
    }

    [Fact]
    public async Task Http_404_and_403_map_to_BlobNotFound_and_BlobAccessDenied_without_showing_the_sas_token()
    {
        using var temp = new TempDirectory();
        await using var server = await LoopbackFileServer.StartAsync(new Dictionary<string, string>());

        TaskFailureInfo? notFound = await _downloader.DownloadAllAsync(
            [Http(new Uri(server.BaseAddress, "/files/absent.txt?sv=2024&sig=SECRETSIG").ToString())], temp.Path, default);
        TaskFailureInfo? denied = await _downloader.DownloadAllAsync(
            [Http(new Uri(server.BaseAddress, "/forbidden?sig=SECRETSIG").ToString(), "f.txt")], temp.Path, default);

        Assert.Equal(TaskFailureCodes.BlobNotFound, notFound!.Code);
        Assert.Equal(TaskFailureCodes.BlobAccessDenied, denied!.Code);
        foreach (TaskFailureInfo failure in new[] { notFound, denied })
        {
            Assert.DoesNotContain("SECRETSIG", failure.Message);
            Assert.DoesNotContain(failure.Details, d => d.Value.Contains("SECRETSIG"));
        }
    }

    [Fact]
    public async Task An_unreachable_source_fails_with_BlobDownloadMiscError()
    {
        using var temp = new TempDirectory();
        int closedPort = FreeLoopbackPort();

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync(
            [Http($"http://127.0.0.1:{closedPort}/input.txt")], temp.Path, default);

        Assert.Equal(TaskFailureCodes.BlobDownloadMiscError, failure!.Code);
        Assert.Equal("usererror", failure.Category);
        Assert.Contains("could not be reached", failure.Message);
    }

    [Fact]
    public async Task A_file_path_outside_the_working_directory_is_refused()
    {
        using var temp = new TempDirectory();
        string source = temp.Combine("s.txt");
        File.WriteAllText(source, "x");

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync(
            [Http(new Uri(source).AbsoluteUri, "../escape.txt")], temp.Combine("wd"), default);

        Assert.Equal(TaskFailureCodes.ResourceFileWriteFailed, failure!.Code);
        Assert.False(File.Exists(temp.Combine("escape.txt")));
    }

    [Fact]
    public async Task A_file_container_url_copies_the_blobs_with_the_prefix()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("container", "in"));
        File.WriteAllText(temp.Combine("container", "in", "a.txt"), "a");
        File.WriteAllText(temp.Combine("container", "other.txt"), "o");
        var request = new ResourceFileRequest(null, new Uri(temp.Combine("container")).AbsoluteUri, null, "in/", "inputs", null);

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync([request], temp.Combine("wd"), default);

        Assert.Null(failure);
        Assert.Equal("a", File.ReadAllText(temp.Combine("wd", "inputs", "in", "a.txt")));
        Assert.False(File.Exists(temp.Combine("wd", "inputs", "other.txt")));
    }

    [Fact]
    public async Task Auto_storage_and_remote_containers_are_not_available_offline()
    {
        using var temp = new TempDirectory();

        TaskFailureInfo? auto = await _downloader.DownloadAllAsync(
            [new ResourceFileRequest(null, null, "mycontainer", null, null, null)], temp.Path, default);
        TaskFailureInfo? remote = await _downloader.DownloadAllAsync(
            [new ResourceFileRequest(null, "https://acct.blob.core.windows.net/c?sig=SECRET", null, null, null, null)], temp.Path, default);

        Assert.Equal(TaskFailureCodes.BlobDownloadMiscError, auto!.Code);
        Assert.Equal(TaskFailureCodes.BlobDownloadMiscError, remote!.Code);
        Assert.DoesNotContain("SECRET", remote.Message);
    }

    [Fact]
    public async Task File_mode_is_applied_on_linux()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var temp = new TempDirectory();
        string source = temp.Combine("tool.sh");
        File.WriteAllText(source, "#!/bin/sh\necho ran\n");
        TaskDirectory dir = TaskDir(temp);
        dir.Create();

        TaskFailureInfo? failure = await _downloader.DownloadAllAsync([Http(new Uri(source).AbsoluteUri, null, "0750")], dir.WorkingDir, default);
        ProcessRunResult run = await new TaskProcessRunner().RunAsync(Launch("./tool.sh", dir), default);

        Assert.Null(failure);
        Assert.Equal((UnixFileMode)Convert.ToInt32("750", 8), File.GetUnixFileMode(Path.Combine(dir.WorkingDir, "tool.sh")));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ran\n", File.ReadAllText(dir.StdoutPath));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
