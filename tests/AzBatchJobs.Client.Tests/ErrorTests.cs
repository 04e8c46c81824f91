using Azure;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

public sealed class ErrorTests
{
    private const string JobNotFound = """
        {
          "odata.metadata": "https://testaccount.westeurope.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
          "code": "JobNotFound",
          "message": { "lang": "en-US", "value": "The specified job does not exist.\nRequestId:5f2c...\nTime:2026-11-21T22:00:00.0000000Z" },
          "values": [ { "key": "Reason", "value": "The job was deleted" }, { "key": "JobId", "value": "job-1" } ]
        }
        """;

    [Fact]
    public void A_batch_error_body_becomes_one_exception_with_every_detail()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(404, JobNotFound).WithHeader("request-id", "5f2c-req").WithHeader("client-request-id", "echoed-id"));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.GetJob("job-1"));

        Assert.IsAssignableFrom<RequestFailedException>(error);
        Assert.Equal(404, error.Status);
        Assert.Equal("JobNotFound", error.ErrorCode);
        Assert.Equal("The specified job does not exist.\nRequestId:5f2c...\nTime:2026-11-21T22:00:00.0000000Z", error.ServiceMessage);
        Assert.Equal("The job was deleted", error.Values["Reason"]);
        Assert.Equal("job-1", error.Values["JobId"]);
        Assert.Equal("5f2c-req", error.RequestId);
        Assert.Equal("echoed-id", error.ClientRequestId);
    }

    [Fact]
    public void The_message_is_one_line_with_status_code_details_and_request_ids()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(404, JobNotFound).WithHeader("request-id", "5f2c-req").WithHeader("client-request-id", "echoed-id"));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.GetJob("job-1"));

        Assert.Equal(
            "The specified job does not exist. (HTTP 404, Batch error JobNotFound) Reason: The job was deleted. JobId: job-1. request-id: 5f2c-req, client-request-id: echoed-id.",
            error.Message);
    }

    [Fact]
    public void Without_an_echo_the_sent_client_request_id_is_reported()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(409, """{"code":"JobExists","message":{"value":"The specified job already exists."}}"""));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.EnableJob("job-1"));

        Assert.Equal(transport.Single.Header("client-request-id"), error.ClientRequestId);
        Assert.Equal("JobExists", error.ErrorCode);
        Assert.Empty(error.Values);
    }

    [Fact]
    public void A_bodiless_error_such_as_a_head_404_still_names_the_status()
    {
        var transport = CapturingTransport.Responding(new TestResponse(404, reasonPhrase: "Not Found").WithHeader("request-id", "r-9"));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.GetTaskFileProperties("job-1", "task-1", "stdout.txt"));

        Assert.Equal(404, error.Status);
        Assert.Null(error.ErrorCode);
        Assert.Equal("The Batch service returned HTTP 404 Not Found.", error.ServiceMessage);
        Assert.Equal($"The Batch service returned HTTP 404 Not Found. request-id: r-9, client-request-id: {transport.Single.Header("client-request-id")}.", error.Message);
        Assert.Equal("r-9", error.RequestId);
    }

    [Fact]
    public void A_non_json_error_body_does_not_hide_the_status()
    {
        var transport = CapturingTransport.Responding(new TestResponse(502, "<html>Bad Gateway</html>", "Bad Gateway"));
        var options = TestClients.Options(transport);
        options.Retry.MaxRetries = 0;
        var client = new BatchClient(BatchConnection.SharedKey(TestClients.Endpoint, TestClients.Account, TestClients.Key), options);

        var error = Assert.Throws<BatchServiceException>(() => client.EnableJob("job-1"));

        Assert.Equal(502, error.Status);
        Assert.Contains("502", error.Message);
    }

    [Fact]
    public void An_error_on_a_streamed_file_download_keeps_the_batch_error()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(404, """{"code":"FileNotFound","message":{"value":"The specified file does not exist."}}"""));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.GetTaskFile("job-1", "task-1", "missing.txt"));

        Assert.Equal("FileNotFound", error.ErrorCode);
        Assert.Equal("The specified file does not exist.", error.ServiceMessage);
    }

    [Fact]
    public void A_not_modified_answer_is_reported_as_a_non_success_status()
    {
        var transport = CapturingTransport.Responding(new TestResponse(304, reasonPhrase: "Not Modified"));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.GetJob("job-1", options: new BatchRequestOptions { IfNoneMatch = "0x1" }));

        Assert.Equal(304, error.Status);
        Assert.Equal("0x1", transport.Single.Header("If-None-Match"));
    }
}
