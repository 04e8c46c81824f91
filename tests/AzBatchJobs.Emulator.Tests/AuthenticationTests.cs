namespace AzBatchJobs.Emulator.Tests;

public sealed class AuthenticationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AuthenticationTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp NewClient() => new(_fixture.Emulator.Endpoint, _fixture.Emulator.AccountName, _fixture.Emulator.AccountKey);

    [Fact]
    public async Task Signed_request_is_accepted_including_query_options()
    {
        using var http = NewClient();
        using var response = await http.GetAsync("/jobs?maxresults=5&$filter=" + Uri.EscapeDataString("state eq 'active'"));
        await BatchHttp.ExpectJsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_signature_is_403_AuthenticationFailed()
    {
        using var http = NewClient();
        http.Signer.OverrideKey = new byte[64];
        using var response = await http.GetAsync("/jobs");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
    }

    [Theory]
    [InlineData("$select=id", "$select=url")]
    [InlineData("maxresults=5", "maxresults=6")]
    public async Task Signature_covers_the_query(string signed, string sent)
    {
        using var http = NewClient();
        http.Signer.AfterSigning = request => request.RequestUri = new Uri(request.RequestUri!.AbsoluteUri.Replace(signed, sent));
        using var response = await http.GetAsync("/jobs?" + signed);
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
    }

    [Fact]
    public async Task Signature_covers_the_ocp_headers()
    {
        using var http = NewClient();
        http.Signer.AfterSigning = request => request.Headers.Add("ocp-extra", "added later");
        using var response = await http.GetAsync("/jobs");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    public async Task Empty_post_signed_with_either_content_length_form_is_accepted(string emptyLength)
    {
        using var http = NewClient();
        string job = EmulatorFixture.NewId("auth-len");
        await http.CreateJobAsync(job);
        http.Signer.EmptyContentLength = emptyLength;
        using var response = await http.PostAsync($"/jobs/{job}/terminate");
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public async Task Request_date_more_than_15_minutes_off_is_403(int minutes)
    {
        using var http = NewClient();
        http.Signer.ClockOffset = TimeSpan.FromMinutes(minutes);
        using var response = await http.GetAsync("/jobs");
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
        Assert.Contains("15 minutes", BatchHttp.ErrorValue(error, "AuthenticationErrorDetail"));
    }

    [Fact]
    public async Task Request_date_within_15_minutes_is_accepted()
    {
        using var http = NewClient();
        http.Signer.ClockOffset = TimeSpan.FromMinutes(14);
        using var response = await http.GetAsync("/jobs");
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_credentials_is_401()
    {
        using var http = NewClient();
        http.Signer.Enabled = false;
        using var response = await http.GetAsync("/jobs");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Unauthorized, "AuthenticationFailed");
    }

    [Fact]
    public async Task Other_account_name_is_403()
    {
        using var http = new BatchHttp(_fixture.Emulator.Endpoint, "otheraccount", _fixture.Emulator.AccountKey);
        using var response = await http.GetAsync("/jobs");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
    }

    [Fact]
    public async Task Bearer_is_refused_without_allow_bearer()
    {
        using var http = NewClient();
        using var response = await http.GetAsync("/jobs", r => r.Headers.Authorization = new("Bearer", "any.token.value"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "AuthenticationFailed");
    }

    [Fact]
    public async Task Bearer_is_accepted_unvalidated_with_allow_bearer()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, AllowBearer = true });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        using var response = await http.GetAsync("/jobs", r => r.Headers.Authorization = new("Bearer", "not-a-real-token"));
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_start_makes_its_own_random_key_unless_one_is_given()
    {
        Assert.NotEqual(EmulatorOptions.WellKnownAccountKey, _fixture.Emulator.AccountKey);
        Assert.Equal(64, Convert.FromBase64String(_fixture.Emulator.AccountKey).Length);
        await using var other = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true });
        Assert.NotEqual(_fixture.Emulator.AccountKey, other.AccountKey);
        using var stale = new BatchHttp(other.Endpoint, other.AccountName, _fixture.Emulator.AccountKey);
        using var refused = await stale.GetAsync("/jobs");
        await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.Forbidden, "AuthenticationFailed");
        await using var given = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, AccountKey = "AAAA" });
        Assert.Equal("AAAA", given.AccountKey);
    }

    [Fact]
    public async Task Error_messages_never_contain_the_key()
    {
        using var http = NewClient();
        http.Signer.OverrideKey = new byte[64];
        using var response = await http.GetAsync("/jobs");
        string text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(_fixture.Emulator.AccountKey, text);
    }
}
