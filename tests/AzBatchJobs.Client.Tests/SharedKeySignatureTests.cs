using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Pipeline;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

/// <summary>
/// The Shared Key signature checked against strings-to-sign written out by hand here and an HMAC
/// computed directly, not through the client's signing code.
/// </summary>
public sealed class SharedKeySignatureTests
{
    private static string Sign(string stringToSign)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(TestClients.Key));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    private static void AssertSigned(CapturedRequest request, string expectedStringToSign) =>
        Assert.Equal($"SharedKey {TestClients.Account}:{Sign(expectedStringToSign)}", request.Header("Authorization"));

    [Fact]
    public void Fixed_vector_computed_outside_dotnet_matches()
    {
        // Expected value computed with Python's hmac/hashlib over the literal string-to-sign
        // "GET\n" + 11 empty standard headers + "ocp-date:Sat, 21 Nov 2026 22:00:00 GMT\n/testaccount/jobs/job-1\n$select:id,state\napi-version:2025-06-01".
        const string expectedSignature = "X2Q8z8izaxCdlad3mm57Dkuc1NW5H+oxYtagHVGkWCI=";
        var transport = CapturingTransport.Responding(new TestResponse(200));
        var fixedDate = new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);
        var pipeline = HttpPipelineBuilder.Build(
            new BatchClientOptions { Transport = transport },
            Array.Empty<HttpPipelinePolicy>(),
            new HttpPipelinePolicy[] { new OcpDatePolicy(() => fixedDate), new BatchSharedKeyPolicy(TestClients.Account, Convert.FromBase64String(TestClients.Key)) },
            new ResponseClassifier());
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(new Uri("https://testaccount.westeurope.batch.azure.com/jobs/job-1"));
        message.Request.Uri.AppendQuery("api-version", "2025-06-01");
        message.Request.Uri.AppendQuery("$select", "id,state");
        message.Request.Headers.SetValue("client-request-id", "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0");

        pipeline.Send(message, CancellationToken.None);

        var request = transport.Single;
        Assert.Equal("Sat, 21 Nov 2026 22:00:00 GMT", request.Header("ocp-date"));
        Assert.Equal($"SharedKey testaccount:{expectedSignature}", request.Header("Authorization"));
    }

    [Fact]
    public void Get_with_query_signs_lowercased_sorted_decoded_query_and_empty_date_and_length()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200, "{\"value\":[]}"));
        var client = TestClients.SharedKey(transport);

        client.GetJobs(new BatchListOptions { Filter = "state eq 'active'", MaxResults = 10, TimeoutSeconds = 20 }).AsPages().First();

        var request = transport.Single;
        var ocpDate = request.Header("ocp-date");
        Assert.NotNull(ocpDate);
        var expected =
            "GET\n" +                 // verb
            "\n" +                    // Content-Encoding
            "\n" +                    // Content-Language
            "\n" +                    // Content-Length (no body)
            "\n" +                    // Content-MD5
            "\n" +                    // Content-Type
            "\n" +                    // Date: empty because ocp-date is sent
            "\n\n\n\n\n" +            // If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range
            $"ocp-date:{ocpDate}\n" +
            "/testaccount/jobs" +
            "\n$filter:state eq 'active'" +
            "\napi-version:2025-06-01" +
            "\nmaxresults:10" +
            "\ntimeout:20";
        AssertSigned(request, expected);
    }

    [Fact]
    public void Post_with_body_signs_its_length_and_content_type()
    {
        var transport = CapturingTransport.Responding(new TestResponse(201));
        var client = TestClients.SharedKey(transport);

        client.CreateJob(new BatchJobCreateOptions { Id = "job-1", PoolInfo = new BatchPoolInfo { PoolId = "pool" } });

        var request = transport.Single;
        var body = Assert.IsType<byte[]>(request.Body);
        var expected =
            $"POST\n\n\n{body.Length}\n\napplication/json; odata=minimalmetadata\n\n\n\n\n\n\n" +
            $"ocp-date:{request.Header("ocp-date")}\n" +
            "/testaccount/jobs\napi-version:2025-06-01";
        AssertSigned(request, expected);
    }

    [Fact]
    public void Post_without_body_signs_an_empty_content_length()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);

        client.EnableJob("job-1");

        var request = transport.Single;
        Assert.Null(request.Body);
        var expected =
            "POST\n\n\n\n\n\n\n\n\n\n\n\n" +
            $"ocp-date:{request.Header("ocp-date")}\n" +
            "/testaccount/jobs/job-1/enable\napi-version:2025-06-01";
        AssertSigned(request, expected);
    }

    [Fact]
    public void Conditional_headers_and_ocp_range_are_signed_in_their_places()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithBytes(new byte[] { 1, 2, 3 }));
        var client = TestClients.SharedKey(transport);
        var since = new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero);

        using var file = client.GetTaskFile("job-1", "task-1", "wd/out.txt", "bytes=0-2",
            new BatchRequestOptions { IfModifiedSince = since, IfUnmodifiedSince = since.AddDays(1) });

        var request = transport.Single;
        var expected =
            "GET\n\n\n\n\n\n\n" +
            "Sun, 01 Nov 2026 08:30:00 GMT\n" +  // If-Modified-Since
            "\n\n" +                              // If-Match, If-None-Match
            "Mon, 02 Nov 2026 08:30:00 GMT\n" +  // If-Unmodified-Since
            "\n" +                                // Range
            $"ocp-date:{request.Header("ocp-date")}\n" +
            "ocp-range:bytes=0-2\n" +
            "/testaccount/jobs/job-1/tasks/task-1/files/wd%2Fout.txt\napi-version:2025-06-01";
        AssertSigned(request, expected);
    }

    [Fact]
    public void If_match_is_signed_and_every_retry_is_signed_with_its_own_ocp_date()
    {
        var transport = CapturingTransport.Responding(new TestResponse(503), new TestResponse(202));
        var client = TestClients.SharedKey(transport);

        client.DeleteJob("job-1", options: new BatchRequestOptions { IfMatch = "0x8D4100FC49F0278" });

        Assert.Equal(2, transport.Requests.Count);
        foreach (var request in transport.Requests)
        {
            var expected =
                "DELETE\n\n\n\n\n\n\n\n0x8D4100FC49F0278\n\n\n\n" +
                $"ocp-date:{request.Header("ocp-date")}\n" +
                "/testaccount/jobs/job-1\napi-version:2025-06-01";
            AssertSigned(request, expected);
        }
    }
}
