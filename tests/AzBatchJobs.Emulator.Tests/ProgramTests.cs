namespace AzBatchJobs.Emulator.Tests;

public sealed class ProgramTests
{
    [Fact]
    public async Task Prints_the_three_lines_with_the_real_port_and_a_random_key_and_serves_on_it()
    {
        using var process = await EmulatorProcess.StartAsync("--in-memory");
        Assert.Matches(@"^AZURE_BATCH_ENDPOINT=http://127\.0\.0\.1:\d+$", process.Lines[0]);
        Assert.NotEqual(0, process.Endpoint.Port);
        Assert.Equal("AZURE_BATCH_ACCOUNT=localbatch", process.Lines[1]);
        Assert.Matches("^AZURE_BATCH_ACCESS_KEY=[A-Za-z0-9+/]{86}==$", process.Lines[2]);
        Assert.NotEqual(EmulatorOptions.WellKnownAccountKey, process.AccessKey);
        using var http = new BatchHttp(process.Endpoint, "localbatch", process.AccessKey);
        using var response = await http.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var wellKnown = new BatchHttp(process.Endpoint, "localbatch", EmulatorOptions.WellKnownAccountKey);
        using var refused = await wellKnown.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(process.ErrorLines);
    }

    [Fact]
    public async Task The_well_known_key_and_allow_bearer_are_served_with_a_warning_on_stderr()
    {
        using var process = await EmulatorProcess.StartAsync("--in-memory", "--well-known-key", "--allow-bearer");
        Assert.Equal(EmulatorOptions.WellKnownAccountKey, process.AccessKey);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (process.ErrorLines.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Collection(process.ErrorLines,
            line => Assert.StartsWith("warning: the account key is the published well-known key", line),
            line => Assert.StartsWith("warning: --allow-bearer accepts ANY Bearer token without validating it", line));
        using var http = new BatchHttp(process.Endpoint, "localbatch", EmulatorOptions.WellKnownAccountKey);
        using var response = await http.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Exits_cleanly_on_SIGTERM()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no POSIX signals there; Ctrl+C is covered by Console.CancelKeyPress
        }
        using var process = await EmulatorProcess.StartAsync("--in-memory");
        Assert.True(process.Terminate(TimeSpan.FromSeconds(15)), "the emulator was still running 15 s after SIGTERM");
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_bad_option_prints_a_clear_error_and_exits_2()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(EmulatorProcess.DllPath);
        start.ArgumentList.Add("--fault-rate");
        start.ArgumentList.Add("2");
        using var process = System.Diagnostics.Process.Start(start)!;
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--fault-rate must be a number from 0 to 1", error);
    }
}
