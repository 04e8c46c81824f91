using System.Text.Json.Nodes;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

internal static class WireAssert
{
    /// <summary>Method, path, the exact set of query parameters (decoded) and the standard Batch headers.</summary>
    public static void Request(CapturedRequest request, string method, string path, params (string Name, string Value)[] query)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        var expected = new Dictionary<string, string> { ["api-version"] = "2025-06-01" };
        foreach (var (name, value) in query)
        {
            expected[name] = value;
        }
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), request.Query.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(Guid.TryParse(request.Header("client-request-id"), out _), "client-request-id is a GUID");
        Assert.Equal("true", request.Header("return-client-request-id"));
        Assert.NotNull(request.Header("ocp-date"));
        Assert.StartsWith("SharedKey testaccount:", request.Header("Authorization"));
    }

    /// <summary>A JSON body with the Batch content type, equal by meaning to <paramref name="expectedJson"/>.</summary>
    public static void JsonBody(CapturedRequest request, string expectedJson)
    {
        Assert.Equal("application/json; odata=minimalmetadata", request.Header("Content-Type"));
        var actual = JsonNode.Parse(request.BodyText ?? "null");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), actual), $"body was {request.BodyText}");
    }

    public static void NoBody(CapturedRequest request)
    {
        Assert.Null(request.Body);
        Assert.False(request.HasHeader("Content-Type"));
    }

    /// <summary>Response headers a no-body operation hands back.</summary>
    public static TestResponse WithStandardHeaders(this TestResponse response) =>
        response
            .WithHeader("ETag", "0x8D4100FC49F0278")
            .WithHeader("Last-Modified", "Sat, 19 Nov 2016 00:05:27 GMT")
            .WithHeader("request-id", "00000000-1111-2222-3333-444444444444")
            .WithHeader("client-request-id", "echoed")
            .WithHeader("DataServiceId", "https://testaccount.westeurope.batch.azure.com/jobs/job-1");

    public static void StandardResult(BatchOperationResult result, int status)
    {
        Assert.Equal(status, result.Status);
        Assert.Equal("0x8D4100FC49F0278", result.ETag);
        Assert.Equal(new DateTimeOffset(2016, 11, 19, 0, 5, 27, TimeSpan.Zero), result.LastModified);
        Assert.Equal("00000000-1111-2222-3333-444444444444", result.RequestId);
        Assert.Equal("echoed", result.ClientRequestId);
        Assert.Equal("https://testaccount.westeurope.batch.azure.com/jobs/job-1", result.DataServiceId);
    }
}
