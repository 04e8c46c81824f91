namespace AzBatchJobs.Emulator.Tests;

/// <summary>
/// Links a task leaves in its directory: the file API follows them only where they stay inside the
/// task's directory ("filePath cannot break out of the Task's working directory").
/// </summary>
public sealed class TaskFileLinkTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string Secret = "the user's own file, outside every task directory\n";
    private readonly EmulatorFixture _fixture;
    private readonly TempDirectory _outside = new();

    public TaskFileLinkTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    private string OutsideFile => Path.Combine(_outside.Path, "secret.txt");

    public void Dispose() => _outside.Dispose();

    /// <summary>A task directory with stdout.txt (18 bytes) and wd/, and a file outside it.</summary>
    private async Task<(string Job, string TaskDir)> TaskAsync()
    {
        string job = EmulatorFixture.NewId("links");
        await Http.CreateJobAsync(job);
        await Http.CreateTaskAsync(job, "t1");
        string root = _fixture.Emulator.Store.TaskDirectory(job, "t1");
        Directory.CreateDirectory(Path.Combine(root, "wd"));
        await File.WriteAllTextAsync(Path.Combine(root, "stdout.txt"), "hello from stdout\n");
        await File.WriteAllTextAsync(OutsideFile, Secret);
        return (job, root);
    }

    [Fact]
    public async Task A_link_to_a_file_outside_is_not_read()
    {
        var (job, root) = await TaskAsync();
        File.CreateSymbolicLink(Path.Combine(root, "wd", "out.txt"), OutsideFile);
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await Http.SendAsync(method, $"/jobs/{job}/tasks/t1/files/wd/out.txt");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("outside every task", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_link_inside_is_read_whole_with_the_real_size()
    {
        var (job, root) = await TaskAsync();
        File.CreateSymbolicLink(Path.Combine(root, "wd", "copy.txt"), "../stdout.txt");
        using var response = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/wd/copy.txt");
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(18, response.Content.Headers.ContentLength);
        Assert.Equal("hello from stdout\n", await response.Content.ReadAsStringAsync());
        using var head = await Http.SendAsync(HttpMethod.Head, $"/jobs/{job}/tasks/t1/files/wd/copy.txt");
        Assert.Equal(18, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_delete_through_a_directory_link_is_refused_and_deletes_nothing_outside()
    {
        var (job, root) = await TaskAsync();
        Directory.CreateSymbolicLink(Path.Combine(root, "wd", "dirlink"), _outside.Path);
        using var response = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/wd/dirlink/secret.txt");
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("filePath", BatchHttp.ErrorValue(error, "QueryParameterName"));
        Assert.True(File.Exists(OutsideFile));
    }

    [Fact]
    public async Task Deleting_a_link_removes_the_link_never_what_it_points_at()
    {
        var (job, root) = await TaskAsync();
        string fileLink = Path.Combine(root, "wd", "out.txt");
        string dirLink = Path.Combine(root, "wd", "dirlink");
        File.CreateSymbolicLink(fileLink, OutsideFile);
        Directory.CreateSymbolicLink(dirLink, _outside.Path);
        using (var file = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/wd/out.txt"))
        {
            await BatchHttp.ExpectStatusAsync(file, HttpStatusCode.OK);
        }
        using (var dir = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/wd/dirlink?recursive=true"))
        {
            await BatchHttp.ExpectStatusAsync(dir, HttpStatusCode.OK);
        }
        Assert.False(File.Exists(fileLink) || Directory.Exists(dirLink) || new FileInfo(dirLink).LinkTarget is not null);
        Assert.Equal(Secret, await File.ReadAllTextAsync(OutsideFile));
    }

    [Fact]
    public async Task A_task_directory_replaced_by_a_link_serves_nothing()
    {
        string job = EmulatorFixture.NewId("links");
        await Http.CreateJobAsync(job);
        await Http.CreateTaskAsync(job, "t1");
        await File.WriteAllTextAsync(OutsideFile, Secret);
        string root = _fixture.Emulator.Store.TaskDirectory(job, "t1");
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        Directory.CreateSymbolicLink(root, _outside.Path);
        using var read = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/secret.txt");
        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
        var list = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?recursive=true");
        Assert.Empty((JsonArray)list["value"]!);
    }

    [Theory]
    [InlineData("wd%2F..%2Fstdout.txt")]
    [InlineData(".%2Fstdout.txt")]
    [InlineData("%2Fetc%2Fpasswd")]
    public async Task Dot_segments_and_rooted_paths_are_refused(string filePath)
    {
        var (job, _) = await TaskAsync();
        using var response = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/{filePath}");
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("filePath", BatchHttp.ErrorValue(error, "QueryParameterName"));
    }

    [Fact]
    public async Task A_listing_shows_links_inside_by_their_target_omits_links_outside_and_never_follows_a_loop()
    {
        var (job, root) = await TaskAsync();
        string wd = Path.Combine(root, "wd");
        File.CreateSymbolicLink(Path.Combine(wd, "copy.txt"), "../stdout.txt");
        File.CreateSymbolicLink(Path.Combine(wd, "out.txt"), OutsideFile);
        Directory.CreateSymbolicLink(Path.Combine(wd, "dirlink"), _outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(wd, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(wd, "b"), ".");
        File.CreateSymbolicLink(Path.Combine(wd, "dangling"), "nowhere");
        var list = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?recursive=true");
        var files = ((JsonArray)list["value"]!).OfType<JsonObject>().ToDictionary(f => (string)f["name"]!);
        Assert.Equal(["stdout.txt", "wd", "wd/a", "wd/b", "wd/copy.txt"], files.Keys);
        Assert.Equal(18, (long)files["wd/copy.txt"]["properties"]!["contentLength"]!);
        Assert.True((bool)files["wd/a"]["isDirectory"]!);
    }

    [Fact]
    public async Task A_recursive_listing_pages_in_tree_order_each_entry_once()
    {
        var (job, root) = await TaskAsync();
        string wd = Path.Combine(root, "wd");
        Directory.CreateDirectory(Path.Combine(wd, "a", "deep"));
        await File.WriteAllTextAsync(Path.Combine(wd, "a", "deep", "x"), "x");
        await File.WriteAllTextAsync(Path.Combine(wd, "a-b"), "ab");
        await File.WriteAllTextAsync(Path.Combine(wd, "a", "y"), "y");
        var names = (await Http.ListAllAsync($"/jobs/{job}/tasks/t1/files?recursive=true&maxresults=2")).Select(f => (string)f["name"]!);
        // A directory's entries come right after it, each directory sorted by name.
        Assert.Equal(["stdout.txt", "wd", "wd/a", "wd/a/deep", "wd/a/deep/x", "wd/a/y", "wd/a-b"], names);
    }
}
