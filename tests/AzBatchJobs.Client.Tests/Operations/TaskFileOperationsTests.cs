using AzBatchJobs.Client.Tests.Examples;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

public sealed class TaskFileOperationsTests
{
    private static TestResponse FileHeaders(TestResponse response) =>
        response
            .WithHeader("ocp-creation-time", "Fri, 19 Sep 2014 21:56:17 GMT")
            .WithHeader("ocp-batch-file-isdirectory", "false")
            .WithHeader("ocp-batch-file-url", "https://testaccount.westeurope.batch.azure.com/jobs/jobId/tasks/taskId/files/wd%2Fout.txt")
            .WithHeader("ocp-batch-file-mode", "0100644")
            .WithHeader("Last-Modified", "Sat, 20 Sep 2014 10:00:00 GMT")
            .WithHeader("ETag", "0x8D4100FC49F0278")
            .WithHeader("Content-Type", "application/octet-stream")
            .WithHeader("Content-Length", "5");

    [Fact]
    public void GetTaskFiles_sends_recursive_filter_and_maxresults_and_stamps_ids()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.ListTaskFilesResponse));
        var client = TestClients.SharedKey(transport);

        var files = client.GetTaskFiles("jobId", "taskId", recursive: true, new BatchListOptions { Filter = "startswith(name,'startup')", MaxResults = 5 }).ToList();

        WireAssert.Request(transport.Single, "GET", "/jobs/jobId/tasks/taskId/files",
            ("recursive", "true"), ("$filter", "startswith(name,'startup')"), ("maxresults", "5"));
        Assert.Equal(2, files.Count);
        Assert.Equal("startup\\ProcessEnv.cmd", files[0].Name);
        Assert.Equal(1813, files[0].Properties!.ContentLength);
        Assert.All(files, f => { Assert.Equal("jobId", f.JobId); Assert.Equal("taskId", f.TaskId); });
    }

    [Fact]
    public void GetTaskFiles_refuses_select_which_the_service_does_not_take()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, "{\"value\":[]}"));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<ArgumentException>(() => client.GetTaskFiles("jobId", "taskId", options: new BatchListOptions { Select = new[] { "name" } }).ToList());

        Assert.Equal("Select", error.ParamName);
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public async Task GetTaskFile_streams_the_content_with_range_and_reads_the_properties()
    {
        var transport = CapturingTransport.Responding(FileHeaders(new TestResponse(200).WithBytes("hello"u8.ToArray())));
        var client = TestClients.SharedKey(transport);

        using var file = await client.GetTaskFileAsync("jobId", "taskId", "wd/out.txt", "bytes=0-4",
            new BatchRequestOptions { IfModifiedSince = new DateTimeOffset(2014, 9, 1, 0, 0, 0, TimeSpan.Zero) });

        var request = transport.Single;
        WireAssert.Request(request, "GET", "/jobs/jobId/tasks/taskId/files/wd%2Fout.txt");
        Assert.Equal("bytes=0-4", request.Header("ocp-range"));
        Assert.Equal("Mon, 01 Sep 2014 00:00:00 GMT", request.Header("If-Modified-Since"));
        using var reader = new StreamReader(file.Content);
        Assert.Equal("hello", await reader.ReadToEndAsync());
        var properties = file.Properties;
        Assert.Equal("wd/out.txt", properties.Path);
        Assert.False(properties.IsDirectory);
        Assert.Equal("0100644", properties.FileMode);
        Assert.Equal(new DateTimeOffset(2014, 9, 19, 21, 56, 17, TimeSpan.Zero), properties.CreationTime);
        Assert.Equal(new DateTimeOffset(2014, 9, 20, 10, 0, 0, TimeSpan.Zero), properties.LastModified);
        Assert.Equal(5, properties.ContentLength);
        Assert.Equal("0x8D4100FC49F0278", properties.ETag);
    }

    [Fact]
    public void GetTaskFile_refuses_etag_conditions_the_operation_does_not_take()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<ArgumentException>(() => client.GetTaskFile("jobId", "taskId", "stdout.txt", options: new BatchRequestOptions { IfMatch = "0x1" }));

        Assert.Equal("IfMatch", error.ParamName);
        Assert.Contains("GetTaskFile", error.Message);
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public async Task GetTaskFileProperties_sends_head_and_reads_headers()
    {
        var transport = CapturingTransport.Responding(FileHeaders(new TestResponse(200)));
        var client = TestClients.SharedKey(transport);

        var properties = await client.GetTaskFilePropertiesAsync("jobId", "taskId", "stdout.txt", new BatchRequestOptions { IfUnmodifiedSince = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        WireAssert.Request(transport.Single, "HEAD", "/jobs/jobId/tasks/taskId/files/stdout.txt");
        Assert.Equal("Thu, 01 Jan 2015 00:00:00 GMT", transport.Single.Header("If-Unmodified-Since"));
        Assert.Equal("jobId", properties.JobId);
        Assert.Equal("taskId", properties.TaskId);
        Assert.Equal(5, properties.ContentLength);
        Assert.Equal("application/octet-stream", properties.ContentType);
        Assert.Equal("https://testaccount.westeurope.batch.azure.com/jobs/jobId/tasks/taskId/files/wd%2Fout.txt", properties.Url);
    }

    [Fact]
    public void DeleteTaskFile_sends_recursive_and_no_body()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = client.DeleteTaskFile("jobId", "taskId", "wd", recursive: true);

        WireAssert.Request(transport.Single, "DELETE", "/jobs/jobId/tasks/taskId/files/wd", ("recursive", "true"));
        WireAssert.NoBody(transport.Single);
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public void DeleteTaskFile_refuses_conditions_and_an_empty_path_before_sending()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200));
        var client = TestClients.SharedKey(transport);

        var condition = Assert.Throws<ArgumentException>(() => client.DeleteTaskFile("jobId", "taskId", "wd",
            options: new BatchRequestOptions { IfModifiedSince = DateTimeOffset.UtcNow }));
        var path = Assert.Throws<ArgumentException>(() => client.DeleteTaskFile("jobId", "taskId", " "));

        Assert.Equal("IfModifiedSince", condition.ParamName);
        Assert.Contains("DeleteTaskFile does not accept", condition.Message);
        Assert.Equal("filePath", path.ParamName);
        Assert.Empty(transport.Requests);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("wd/..")]
    [InlineData("../x")]
    [InlineData("wd/./out.txt")]
    [InlineData("wd\\..\\x")]
    public void File_paths_with_dot_segments_are_refused_before_sending(string filePath)
    {
        // An HTTP stack folds "files/.." away: DeleteTaskFile(job, task, "..") would be DELETE /jobs/j/tasks/t.
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var errors = new[]
        {
            Assert.Throws<ArgumentException>(() => client.DeleteTaskFile("jobId", "taskId", filePath)),
            Assert.Throws<ArgumentException>(() => client.GetTaskFile("jobId", "taskId", filePath)),
            Assert.Throws<ArgumentException>(() => client.GetTaskFileProperties("jobId", "taskId", filePath)),
        };

        Assert.All(errors, error =>
        {
            Assert.Equal("filePath", error.ParamName);
            Assert.Contains("'.' or '..'", error.Message);
        });
        Assert.Empty(transport.Requests);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("wd/.hidden")]
    [InlineData("wd/out..txt")]
    public void Names_with_dots_that_are_not_dot_segments_are_sent_escaped(string filePath)
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        client.DeleteTaskFile("jobId", "taskId", filePath);

        WireAssert.Request(transport.Single, "DELETE", "/jobs/jobId/tasks/taskId/files/" + Uri.EscapeDataString(filePath));
    }
}
