namespace AzBatchJobs.Emulator.Tests;

public sealed class ApiVersionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ApiVersionTests(EmulatorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2024-07-01.20.0")]
    [InlineData("2024-02-01.19.0")]
    [InlineData("2023-11-01.18.0")]
    [InlineData("2023-05-01.17.0")]
    [InlineData("2022-10-01.16.0")]
    [InlineData("2022-01-01.15.0")]
    [InlineData("2021-06-01.14.0")]
    [InlineData("2020-09-01.12.0")]
    [InlineData("2020-03-01.11.0")]
    [InlineData("2019-08-01.10.0")]
    public async Task Served_versions_are_accepted(string version)
    {
        using var response = await _fixture.Http.SendAsync(HttpMethod.Get, "/jobs?api-version=" + version, addVersion: false);
        await BatchHttp.ExpectJsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_version_is_400_naming_api_version()
    {
        using var response = await _fixture.Http.SendAsync(HttpMethod.Get, "/jobs?api-version=2024-10-01.21.0", addVersion: false);
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("api-version", BatchHttp.ErrorValue(error, "QueryParameterName"));
    }

    [Fact]
    public async Task Missing_version_is_400_MissingRequiredQueryParameter()
    {
        using var response = await _fixture.Http.SendAsync(HttpMethod.Get, "/jobs", addVersion: false);
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "MissingRequiredQueryParameter");
    }

    [Fact]
    public async Task Every_answer_has_a_request_id_and_echoes_client_request_id_when_asked()
    {
        string clientRequestId = Guid.NewGuid().ToString();
        using var asked = await _fixture.Http.GetAsync("/jobs", r =>
        {
            r.Headers.Add("client-request-id", clientRequestId);
            r.Headers.Add("return-client-request-id", "true");
        });
        Assert.True(Guid.TryParse(asked.Headers.GetValues("request-id").Single(), out _));
        Assert.Equal(clientRequestId, asked.Headers.GetValues("client-request-id").Single());

        using var notAsked = await _fixture.Http.GetAsync("/jobs", r => r.Headers.Add("client-request-id", clientRequestId));
        Assert.False(notAsked.Headers.Contains("client-request-id"));
    }

    [Fact]
    public async Task Unknown_path_is_a_BatchError_404()
    {
        using var response = await _fixture.Http.GetAsync("/pools-of-nothing");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.NotFound, "InvalidUri");
    }
}
