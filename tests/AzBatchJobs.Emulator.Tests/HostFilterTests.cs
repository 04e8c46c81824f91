namespace AzBatchJobs.Emulator.Tests;

/// <summary>Only loopback Host names are served, so a web page that rebinds its name to 127.0.0.1 gets nothing.</summary>
public sealed class HostFilterTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public HostFilterTests(EmulatorFixture fixture) => _fixture = fixture;

    private static Action<HttpRequestMessage> WithHost(string host) => request => request.Headers.Host = host;

    [Fact]
    public async Task A_signed_create_with_a_foreign_host_is_refused_and_the_host_is_not_echoed()
    {
        string job = EmulatorFixture.NewId("rebind");
        var body = new JsonObject { ["id"] = job, ["poolInfo"] = new JsonObject { ["poolId"] = "p" } };
        int port = _fixture.Emulator.Endpoint.Port;
        using var response = await _fixture.Http.SendAsync(HttpMethod.Post, "/jobs", body, WithHost($"evil.example:{port}"));
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidHeaderValue");
        Assert.Equal("Host", BatchHttp.ErrorValue(error, "HeaderName"));
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("evil.example", error.ToJsonString());
        using var get = await _fixture.Http.GetAsync($"/jobs/{job}");
        await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "JobNotFound");
    }

    [Fact]
    public async Task A_foreign_host_is_refused_before_authentication()
    {
        using var http = new BatchHttp(_fixture.Emulator.Endpoint, _fixture.Emulator.AccountName, _fixture.Emulator.AccountKey);
        http.Signer.Enabled = false;
        using var response = await http.GetAsync("/jobs", WithHost("127.0.0.1.nip.io"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidHeaderValue");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]")]
    public async Task Loopback_names_are_served_with_or_without_port_and_urls_use_them(string name)
    {
        int port = _fixture.Emulator.Endpoint.Port;
        foreach (string host in new[] { name, $"{name}:{port}" })
        {
            var list = await BatchHttp.ExpectJsonAsync(await _fixture.Http.GetAsync("/jobs", WithHost(host)), HttpStatusCode.OK);
            Assert.StartsWith($"http://{host}/", (string?)list["odata.metadata"], StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_name_given_with_allow_host_is_served()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, AllowedHosts = { "batch.test", "fd00::1" } });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        string job = EmulatorFixture.NewId("allowed");
        var body = new JsonObject { ["id"] = job, ["poolInfo"] = new JsonObject { ["poolId"] = "p" } };
        using var created = await http.SendAsync(HttpMethod.Post, "/jobs", body, WithHost("Batch.Test:8080"));
        await BatchHttp.ExpectStatusAsync(created, HttpStatusCode.Created);
        Assert.Equal($"http://batch.test:8080/jobs/{job}", created.Headers.Location!.ToString());
        using var ipv6 = await http.GetAsync("/jobs", WithHost("[fd00::1]:8080"));
        await BatchHttp.ExpectStatusAsync(ipv6, HttpStatusCode.OK);
        using var other = await http.GetAsync("/jobs", WithHost("evil.example"));
        await BatchHttp.ExpectErrorAsync(other, HttpStatusCode.BadRequest, "InvalidHeaderValue");
    }
}
