using System.Net.Http.Headers;
using System.Text;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>Bodies that are not valid JSON, and URLs too long to serve: 400 or 414 with a BatchError body.</summary>
public sealed class MalformedRequestTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MalformedRequestTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    [Theory]
    [InlineData("duplicate keys", new byte[] { })]
    [InlineData("invalid UTF-8 in a string", new byte[] { 0xC3, 0x28 })]
    [InlineData("a lone surrogate escape", new byte[] { })]
    [InlineData("a lone surrogate escape in a property name", new byte[] { })]
    public async Task A_body_that_is_not_valid_json_is_400_InvalidRequestBody_and_nothing_is_stored(string what, byte[] inString)
    {
        string id = EmulatorFixture.NewId("malformed");
        byte[] body = what switch
        {
            "duplicate keys" => Encoding.UTF8.GetBytes($$$"""{"id":"{{{id}}}","id":"{{{id}}}","poolInfo":{"poolId":"p"}}"""),
            "a lone surrogate escape" => Encoding.UTF8.GetBytes($$$"""{"id":"{{{id}}}","displayName":"\uD800","poolInfo":{"poolId":"p"}}"""),
            "a lone surrogate escape in a property name" => Encoding.UTF8.GetBytes($$$"""{"id":"{{{id}}}","\uD800x":"v","poolInfo":{"poolId":"p"}}"""),
            _ => [.. Encoding.UTF8.GetBytes($$$"""{"id":"{{{id}}}","poolInfo":{"poolId":"p"},"displayName":""" + "\""), .. inString, .. "\"}"u8.ToArray()],
        };
        using var response = await Http.SendAsync(HttpMethod.Post, "/jobs", null, request =>
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; odata=minimalmetadata");
        });
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidRequestBody");
        using var get = await Http.GetAsync("/jobs/" + id);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task An_over_long_url_is_414_with_a_BatchError_body()
    {
        using var response = await Http.GetAsync("/jobs/" + new string('a', 10_000));
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.RequestUriTooLong, "RequestUriTooLong");
        Assert.Equal("8192", BatchHttp.ErrorValue(error, "MaxLength"));
    }
}
