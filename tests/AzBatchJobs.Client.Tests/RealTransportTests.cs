using System.Security.Cryptography;
using System.Text;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

/// <summary>
/// Through Azure.Core's real HttpClient transport to a loopback socket: what actually goes on the
/// wire, checked the way a server would check it.
/// </summary>
public sealed class RealTransportTests
{
    private static string Sign(string stringToSign)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(TestClients.Key));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    [Fact]
    public async Task An_empty_post_arrives_with_a_signature_a_server_can_verify()
    {
        using var server = new LoopbackServer((_, response) =>
        {
            response.StatusCode = 202;
            response.Headers["ETag"] = "0x8D4100FC49F0278";
            response.Headers["request-id"] = "srv-1";
        });
        var client = new BatchClient(BatchConnection.SharedKey(server.Endpoint, TestClients.Account, TestClients.Key));

        var result = await client.EnableJobAsync("job-1");

        var (method, rawUrl, headers, body) = Assert.Single(server.Received);
        Assert.Equal("POST", method);
        Assert.Equal("/jobs/job-1/enable?api-version=2025-06-01", rawUrl);
        Assert.Empty(body);
        // HttpClient announces the empty body as "Content-Length: 0"; the signature covers it as "".
        Assert.Equal("0", headers["Content-Length"]);
        var expected = $"POST\n\n\n\n\n\n\n\n\n\n\n\nocp-date:{headers["ocp-date"]}\n/testaccount/jobs/job-1/enable\napi-version:2025-06-01";
        Assert.Equal($"SharedKey testaccount:{Sign(expected)}", headers["Authorization"]);
        Assert.Equal("0x8D4100FC49F0278", result.ETag);
        Assert.Equal("srv-1", result.RequestId);
    }

    [Fact]
    public async Task A_json_post_arrives_with_the_signed_length_and_type()
    {
        using var server = new LoopbackServer((_, response) => response.StatusCode = 202);
        var client = new BatchClient(BatchConnection.SharedKey(server.Endpoint, TestClients.Account, TestClients.Key));

        await client.DisableJobAsync("job-1", "requeue");

        var (_, _, headers, body) = Assert.Single(server.Received);
        Assert.Equal("{\"disableTasks\":\"requeue\"}", Encoding.UTF8.GetString(body));
        Assert.Equal(body.Length.ToString(), headers["Content-Length"]);
        Assert.Equal("application/json; odata=minimalmetadata", headers["Content-Type"]);
        var expected = $"POST\n\n\n{body.Length}\n\napplication/json; odata=minimalmetadata\n\n\n\n\n\n\nocp-date:{headers["ocp-date"]}\n/testaccount/jobs/job-1/disable\napi-version:2025-06-01";
        Assert.Equal($"SharedKey testaccount:{Sign(expected)}", headers["Authorization"]);
    }

    [Fact]
    public async Task A_file_streams_from_a_real_response_and_keeps_its_headers()
    {
        var content = Encoding.UTF8.GetBytes(new string('x', 5_000_000));
        using var server = new LoopbackServer((_, response) =>
        {
            response.StatusCode = 200;
            response.ContentType = "application/octet-stream";
            response.Headers["ocp-batch-file-isdirectory"] = "false";
            response.Headers["ocp-creation-time"] = "Fri, 19 Sep 2014 21:56:17 GMT";
            response.Headers["ETag"] = "0x8D4100FC49F0278";
            response.ContentLength64 = content.Length;
            response.OutputStream.Write(content);
        });
        var client = new BatchClient(BatchConnection.SharedKey(server.Endpoint, TestClients.Account, TestClients.Key));

        using var file = await client.GetTaskFileAsync("job-1", "task-1", "wd/big file.txt");
        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal(content.Length, file.Properties.ContentLength);
        Assert.Equal("0x8D4100FC49F0278", file.Properties.ETag);
        Assert.Equal("/jobs/job-1/tasks/task-1/files/wd%2Fbig%20file.txt?api-version=2025-06-01", Assert.Single(server.Received).RawUrl);
    }
}
