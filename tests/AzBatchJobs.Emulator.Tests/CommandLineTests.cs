namespace AzBatchJobs.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Defaults_are_the_well_known_account_name_with_a_random_key_on_port_10100_with_persistence()
    {
        var options = CommandLine.Parse([])!;
        Assert.Equal(10100, options.Port);
        Assert.Equal("localbatch", options.AccountName);
        Assert.Null(options.AccountKey);
        Assert.False(options.InMemory);
        Assert.False(options.AllowBearer);
        Assert.Empty(options.AllowedHosts);
        Assert.Empty(OptionRules.Warnings(options));
    }

    [Fact]
    public void The_well_known_key_only_on_request_and_never_with_key()
    {
        Assert.Equal(EmulatorOptions.WellKnownAccountKey, CommandLine.Parse(["--well-known-key"])!.AccountKey);
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--key", "AAAA", "--well-known-key"]));
        Assert.Contains("--well-known-key", error.Message);
    }

    [Fact]
    public void Allow_host_repeats_and_takes_names_without_port()
    {
        var options = CommandLine.Parse(["--allow-host", "batch.test", "--allow-host", "10.1.2.3", "--allow-host", "[fd00::1]"])!;
        Assert.Equal(["batch.test", "10.1.2.3", "[fd00::1]"], options.AllowedHosts);
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--allow-host", "batch.test:8080"]));
        Assert.Contains("--allow-host", error.Message);
    }

    [Fact]
    public void All_options_are_parsed()
    {
        var options = CommandLine.Parse(["--port", "0", "--in-memory", "--account", "acct1", "--key", "AAAA",
            "--fault-rate", "0.25", "--task-fault-rate", "0.5", "--seed", "42", "--allow-bearer"])!;
        Assert.Equal(0, options.Port);
        Assert.True(options.InMemory);
        Assert.Equal("acct1", options.AccountName);
        Assert.Equal("AAAA", options.AccountKey);
        Assert.Equal(0.25, options.FaultRate);
        Assert.Equal(0.5, options.TaskFaultRate);
        Assert.Equal(42, options.Seed);
        Assert.True(options.AllowBearer);
    }

    [Fact]
    public void Help_returns_null_and_usage_says_bearer_tokens_are_not_validated()
    {
        Assert.Null(CommandLine.Parse(["--help"]));
        Assert.Contains("NOT validated", CommandLine.Usage);
        Assert.Contains("ANY token is accepted", CommandLine.Usage);
        Assert.Contains("--data DIR", CommandLine.Usage);
    }

    [Fact]
    public void Pass_env_repeats_and_a_name_with_a_value_is_refused_without_echoing_it()
    {
        Assert.Equal(["DOTNET_ROOT", "HTTPS_PROXY"], CommandLine.Parse(["--pass-env", "DOTNET_ROOT", "--pass-env", "HTTPS_PROXY"])!.PassEnvironment);
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--pass-env", "TOKEN=hunter2"]));
        Assert.Contains("--pass-env", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Theory]
    [InlineData(new[] { "--port", "abc" }, "--port")]
    [InlineData(new[] { "--port", "70000" }, "--port")]
    [InlineData(new[] { "--fault-rate", "1.5" }, "--fault-rate")]
    [InlineData(new[] { "--task-fault-rate", "-0.1" }, "--task-fault-rate")]
    [InlineData(new[] { "--key", "not base64!" }, "--key")]
    [InlineData(new[] { "--data" }, "--data")]
    [InlineData(new[] { "--frobnicate" }, "--frobnicate")]
    [InlineData(new[] { "--in-memory", "--data", "/tmp/x" }, "--in-memory")]
    public void Bad_option_names_the_option(string[] args, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_bad_key_is_not_echoed()
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--key", "secret!!value"]));
        Assert.DoesNotContain("secret!!value", error.Message);
    }
}
