namespace AzBatchJobs.Emulator.Tests;

public sealed class TaskFileTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public TaskFileTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    /// <summary>A task whose directory holds stdout.txt, stderr.txt and wd/out/result.csv, as the node leaves them.</summary>
    private async Task<string> JobWithTaskFilesAsync()
    {
        string job = EmulatorFixture.NewId("files");
        await Http.CreateJobAsync(job);
        await Http.CreateTaskAsync(job, "t1");
        string root = _fixture.Emulator.Store.TaskDirectory(job, "t1");
        Directory.CreateDirectory(Path.Combine(root, "wd", "out"));
        await File.WriteAllTextAsync(Path.Combine(root, "stdout.txt"), "hello from stdout\n");
        await File.WriteAllTextAsync(Path.Combine(root, "stderr.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(root, "wd", "out", "result.csv"), "a,b\n1,2\n");
        return job;
    }

    [Fact]
    public async Task List_without_recursive_shows_the_top_level_and_with_recursive_everything()
    {
        string job = await JobWithTaskFilesAsync();
        var top = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files");
        Assert.Equal(["stderr.txt", "stdout.txt", "wd"], ((JsonArray)top["value"]!).Select(f => (string)f!["name"]!));
        var all = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?recursive=true");
        var files = ((JsonArray)all["value"]!).OfType<JsonObject>().ToDictionary(f => (string)f["name"]!);
        Assert.Equal(["stderr.txt", "stdout.txt", "wd", "wd/out", "wd/out/result.csv"], files.Keys);
        Assert.True((bool)files["wd"]["isDirectory"]!);
        Assert.False((bool)files["stdout.txt"]["isDirectory"]!);
        Assert.Equal(18, (long)files["stdout.txt"]["properties"]!["contentLength"]!);
        Assert.EndsWith($"/jobs/{job}/tasks/t1/files/wd/out/result.csv", (string?)files["wd/out/result.csv"]["url"]);
    }

    [Fact]
    public async Task List_filters_and_pages()
    {
        string job = await JobWithTaskFilesAsync();
        var filtered = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?recursive=true&$filter=" + Uri.EscapeDataString("startswith(name, 'wd/')"));
        Assert.Equal(["wd/out", "wd/out/result.csv"], ((JsonArray)filtered["value"]!).Select(f => (string)f!["name"]!));
        var page = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?maxresults=2");
        Assert.Equal(2, ((JsonArray)page["value"]!).Count);
        Assert.NotNull(page["odata.nextLink"]);
    }

    [Fact]
    public async Task Get_returns_content_and_file_headers_and_ocp_range_a_part()
    {
        string job = await JobWithTaskFilesAsync();
        using (var response = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/stdout.txt"))
        {
            await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.OK);
            Assert.Equal("hello from stdout\n", await response.Content.ReadAsStringAsync());
            Assert.Equal("false", response.Headers.GetValues("ocp-batch-file-isdirectory").Single());
            Assert.EndsWith($"/jobs/{job}/tasks/t1/files/stdout.txt", response.Headers.GetValues("ocp-batch-file-url").Single());
            Assert.NotNull(response.Content.Headers.LastModified);
        }
        using var part = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/wd/out/result.csv", r => r.Headers.Add("ocp-range", "bytes=4-6"));
        Assert.Equal(HttpStatusCode.OK, part.StatusCode); // the spec allows only 200 for Get Task File
        Assert.Equal("1,2", await part.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_returns_properties_without_content()
    {
        string job = await JobWithTaskFilesAsync();
        using var response = await Http.SendAsync(HttpMethod.Head, $"/jobs/{job}/tasks/t1/files/stdout.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(18, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Missing_file_is_404_and_escaping_the_task_directory_is_refused()
    {
        string job = await JobWithTaskFilesAsync();
        using var missing = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/nothing.txt");
        await BatchHttp.ExpectErrorAsync(missing, HttpStatusCode.NotFound, "FileNotFound");
        // A file that exists beside the job's task folders: reachable only by leaving the task's directory.
        string outside = Path.Combine(_fixture.Emulator.Store.TaskDirectory(job, "t1"), "..", "..", "outside.txt");
        await File.WriteAllTextAsync(outside, "not the task's");
        using var escape = await Http.GetAsync($"/jobs/{job}/tasks/t1/files/..%2F..%2Foutside.txt");
        var error = await BatchHttp.ExpectErrorAsync(escape, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("filePath", BatchHttp.ErrorValue(error, "QueryParameterName"));
    }

    [Fact]
    public async Task Delete_removes_a_file_and_a_directory_only_when_recursive()
    {
        string job = await JobWithTaskFilesAsync();
        using (var file = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/stderr.txt"))
        {
            await BatchHttp.ExpectStatusAsync(file, HttpStatusCode.OK);
        }
        using (var notRecursive = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/wd"))
        {
            await BatchHttp.ExpectErrorAsync(notRecursive, HttpStatusCode.Conflict, "DirectoryNotEmpty");
        }
        using (var recursive = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1/files/wd?recursive=true"))
        {
            await BatchHttp.ExpectStatusAsync(recursive, HttpStatusCode.OK);
        }
        var list = await Http.GetJsonAsync($"/jobs/{job}/tasks/t1/files?recursive=true");
        Assert.Equal(["stdout.txt"], ((JsonArray)list["value"]!).Select(f => (string)f!["name"]!));
    }

    [Fact]
    public async Task Files_of_a_task_that_never_ran_are_an_empty_list_and_deleting_the_task_removes_its_folder()
    {
        string job = await JobWithTaskFilesAsync();
        await Http.CreateTaskAsync(job, "never-ran");
        var empty = await Http.GetJsonAsync($"/jobs/{job}/tasks/never-ran/files");
        Assert.Empty((JsonArray)empty["value"]!);
        string folder = _fixture.Emulator.Store.TaskDirectory(job, "t1");
        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/t1")) { }
        Assert.False(Directory.Exists(folder));
    }
}
