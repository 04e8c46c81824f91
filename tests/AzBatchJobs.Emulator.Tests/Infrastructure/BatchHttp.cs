using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Tests.Infrastructure;

/// <summary>Raw HTTP to the emulator, signed with the test signer; helpers for the JSON bodies.</summary>
internal sealed class BatchHttp : IDisposable
{
    public const string ApiVersion = "api-version=2025-06-01";

    private readonly HttpClient _client;

    public BatchHttp(Uri endpoint, string account, string key)
    {
        Signer = new TestSharedKeySigner(account, key, new SocketsHttpHandler());
        _client = new HttpClient(Signer) { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(60) };
    }

    public TestSharedKeySigner Signer { get; }

    public static string WithVersion(string path) => path + (path.Contains('?') ? "&" : "?") + ApiVersion;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null,
        Action<HttpRequestMessage>? configure = null, bool addVersion = true)
    {
        var request = new HttpRequestMessage(method, addVersion ? WithVersion(path) : path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; odata=minimalmetadata; charset=utf-8");
        }
        configure?.Invoke(request);
        return await _client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Get, path, null, configure);

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode? body = null, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Post, path, body, configure);

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        return await ExpectJsonAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Every item of a list, following odata.nextLink page after page.</summary>
    public async Task<List<JsonObject>> ListAllAsync(string path)
    {
        var items = new List<JsonObject>();
        string? next = path;
        bool first = true;
        while (next is not null)
        {
            using var response = await SendAsync(HttpMethod.Get, next, addVersion: first);
            first = false;
            var page = await ExpectJsonAsync(response, HttpStatusCode.OK);
            items.AddRange(((JsonArray)page["value"]!).OfType<JsonObject>());
            next = (string?)page["odata.nextLink"];
        }
        return items;
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonObject> ExpectJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static async Task ExpectStatusAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} but got {(int)response.StatusCode}: {text}");
    }

    /// <summary>Asserts a BatchError body with the given status and code; returns it.</summary>
    public static async Task<JsonObject> ExpectErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ExpectJsonAsync(response, status);
        Assert.Equal(code, (string?)body["code"]);
        Assert.Equal("en-US", (string?)body["message"]!["lang"]);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]!["value"]));
        return body;
    }

    /// <summary>The raw ETag header: the service sends it unquoted (0x...), which the typed header rejects.</summary>
    public static string ETagOf(HttpResponseMessage response) => response.Headers.GetValues("ETag").Single();

    public static string? ErrorValue(JsonObject error, string key) =>
        (error["values"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(v => (string?)v["key"] == key)?["value"]?.GetValue<string>();

    public async Task CreateJobAsync(string id, JsonObject? extra = null)
    {
        var body = new JsonObject { ["id"] = id, ["poolInfo"] = new JsonObject { ["poolId"] = "pool1" } };
        foreach (var (name, value) in extra ?? [])
        {
            body[name] = value?.DeepClone();
        }
        using var response = await PostAsync("/jobs", body);
        await ExpectStatusAsync(response, HttpStatusCode.Created);
    }

    public async Task CreateTaskAsync(string jobId, string taskId, JsonObject? extra = null)
    {
        var body = new JsonObject { ["id"] = taskId, ["commandLine"] = "echo hi" };
        foreach (var (name, value) in extra ?? [])
        {
            body[name] = value?.DeepClone();
        }
        using var response = await PostAsync($"/jobs/{jobId}/tasks", body);
        await ExpectStatusAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonArray> AddCollectionAsync(string jobId, IEnumerable<JsonObject> tasks)
    {
        using var response = await PostAsync($"/jobs/{jobId}/addtaskcollection", new JsonObject { ["value"] = new JsonArray(tasks.ToArray<JsonNode?>()) });
        var body = await ExpectJsonAsync(response, HttpStatusCode.OK);
        return (JsonArray)body["value"]!;
    }

    public static JsonObject Task(string id, string command = "echo hi") => new() { ["id"] = id, ["commandLine"] = command };

    public void Dispose() => _client.Dispose();
}
