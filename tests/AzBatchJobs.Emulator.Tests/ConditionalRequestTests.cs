namespace AzBatchJobs.Emulator.Tests;

public sealed class ConditionalRequestTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ConditionalRequestTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    private async Task<(string Job, string ETag, DateTimeOffset LastModified)> NewJobAsync()
    {
        string id = EmulatorFixture.NewId("cond");
        await Http.CreateJobAsync(id);
        using var get = await Http.GetAsync($"/jobs/{id}");
        return (id, BatchHttp.ETagOf(get), get.Content.Headers.LastModified!.Value);
    }

    [Fact]
    public async Task If_Match_with_the_current_etag_succeeds_and_a_stale_one_is_412()
    {
        var (job, etag, _) = await NewJobAsync();
        using (var matching = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", new JsonObject { ["priority"] = 1 },
            r => r.Headers.TryAddWithoutValidation("If-Match", etag)))
        {
            await BatchHttp.ExpectStatusAsync(matching, HttpStatusCode.OK);
        }
        using var stale = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", new JsonObject { ["priority"] = 2 },
            r => r.Headers.TryAddWithoutValidation("If-Match", etag));
        await BatchHttp.ExpectErrorAsync(stale, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
        Assert.Equal(1, (int?)(await Http.GetJsonAsync($"/jobs/{job}"))["priority"]);
    }

    [Fact]
    public async Task If_None_Match_on_a_read_is_304_when_unchanged_and_200_after_a_change()
    {
        var (job, etag, _) = await NewJobAsync();
        using (var unchanged = await Http.GetAsync($"/jobs/{job}", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag)))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        }
        using (var disable = await Http.PostAsync($"/jobs/{job}/disable", new JsonObject { ["disableTasks"] = "wait" })) { }
        using var changed = await Http.GetAsync($"/jobs/{job}", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        await BatchHttp.ExpectStatusAsync(changed, HttpStatusCode.OK);
    }

    [Fact]
    public async Task If_None_Match_star_on_a_write_is_412()
    {
        var (job, _, _) = await NewJobAsync();
        using var response = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}", null, r => r.Headers.TryAddWithoutValidation("If-None-Match", "*"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
    }

    [Fact]
    public async Task If_Modified_Since_and_If_Unmodified_Since_compare_with_last_modified()
    {
        var (job, _, lastModified) = await NewJobAsync();
        using (var notModified = await Http.GetAsync($"/jobs/{job}", r => r.Headers.IfModifiedSince = lastModified.AddSeconds(5)))
        {
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
        using (var modified = await Http.GetAsync($"/jobs/{job}", r => r.Headers.IfModifiedSince = lastModified.AddHours(-1)))
        {
            await BatchHttp.ExpectStatusAsync(modified, HttpStatusCode.OK);
        }
        using (var tooOld = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", new JsonObject { ["priority"] = 3 },
            r => r.Headers.IfUnmodifiedSince = lastModified.AddHours(-1)))
        {
            await BatchHttp.ExpectErrorAsync(tooOld, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
        }
        using var fine = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", new JsonObject { ["priority"] = 3 },
            r => r.Headers.IfUnmodifiedSince = lastModified.AddSeconds(5));
        await BatchHttp.ExpectStatusAsync(fine, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Task_etag_changes_on_every_change_and_guards_task_operations()
    {
        var (job, _, _) = await NewJobAsync();
        await Http.CreateTaskAsync(job, "t");
        var etags = new List<string> { (string)(await Http.GetJsonAsync($"/jobs/{job}/tasks/t"))["eTag"]! };
        using (var update = await Http.SendAsync(HttpMethod.Put, $"/jobs/{job}/tasks/t", new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 1 } })) { }
        etags.Add((string)(await Http.GetJsonAsync($"/jobs/{job}/tasks/t"))["eTag"]!);
        using (var stale = await Http.PostAsync($"/jobs/{job}/tasks/t/terminate", null, r => r.Headers.TryAddWithoutValidation("If-Match", etags[0])))
        {
            await BatchHttp.ExpectErrorAsync(stale, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
        }
        using (var current = await Http.PostAsync($"/jobs/{job}/tasks/t/terminate", null, r => r.Headers.TryAddWithoutValidation("If-Match", etags[1])))
        {
            await BatchHttp.ExpectStatusAsync(current, HttpStatusCode.NoContent);
        }
        etags.Add((string)(await Http.GetJsonAsync($"/jobs/{job}/tasks/t"))["eTag"]!);
        Assert.Equal(3, etags.Distinct().Count());
    }

    [Fact]
    public async Task Bad_date_header_is_400_naming_it()
    {
        var (job, _, _) = await NewJobAsync();
        using var response = await Http.GetAsync($"/jobs/{job}", r => r.Headers.TryAddWithoutValidation("If-Modified-Since", "yesterday"));
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidHeaderValue");
        Assert.Equal("If-Modified-Since", BatchHttp.ErrorValue(error, "HeaderName"));
    }
}
