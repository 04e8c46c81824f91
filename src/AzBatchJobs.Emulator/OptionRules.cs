namespace AzBatchJobs.Emulator;

/// <summary>Checks EmulatorOptions; a bad option is an ArgumentException naming the option and the rule.</summary>
internal static class OptionRules
{
    public static void Validate(EmulatorOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port must be from 0 to 65535 (got {options.Port}).");
        }
        if (string.IsNullOrWhiteSpace(options.AccountName) || !options.AccountName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("--account must be lower-case letters and digits.");
        }
        if (options.AccountKey is { } key && (key.Length == 0 || !Convert.TryFromBase64String(key, new byte[key.Length], out _)))
        {
            // The key itself is never echoed.
            throw new ArgumentException("--key must be a base64 string.");
        }
        foreach (string host in options.AllowedHosts)
        {
            if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
            {
                throw new ArgumentException($"--allow-host must be a host name or IP address without port (got '{host}').");
            }
        }
        foreach (string name in options.PassEnvironment)
        {
            if (name.Length == 0 || name.Contains('='))
            {
                // Not echoed: a NAME=VALUE given by mistake may hold a secret.
                throw new ArgumentException("--pass-env takes the name of an environment variable (no '=', no value).");
            }
        }
        Rate(options.FaultRate, "--fault-rate");
        Rate(options.TaskFaultRate, "--task-fault-rate");
        if (options.ThrottleRate < 0)
        {
            throw new ArgumentException($"--throttle-rate must be 0 (off) or a number of requests per second (got {options.ThrottleRate}).");
        }
        if (options.ThrottleSeconds is int seconds && (seconds < 1 || options.ThrottleRate == 0))
        {
            throw new ArgumentException($"--throttle-for must be at least 1 second, and needs --throttle-rate (got {seconds}).");
        }
        if (options.Slots is < 0)
        {
            throw new ArgumentException("Slots must be 0 or more (0 accepts tasks but runs none).");
        }
        if (options.InMemory && options.DataDirectory is not null)
        {
            throw new ArgumentException("--in-memory and --data cannot be used together.");
        }
    }

    /// <summary>What the options loosen, for the command line to print on stderr when it starts.</summary>
    public static IEnumerable<string> Warnings(EmulatorOptions options)
    {
        if (options.AccountKey == EmulatorOptions.WellKnownAccountKey)
        {
            yield return "the account key is the published well-known key: any other local user can sign requests with it "
                + "and run commands as you. Without --well-known-key and --key, the key is random per start.";
        }
        if (options.AllowBearer)
        {
            yield return "--allow-bearer accepts ANY Bearer token without validating it: anyone who can reach this port can run commands as you.";
        }
    }

    private static void Rate(double value, string name)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
        {
            throw new ArgumentException($"{name} must be a number from 0 to 1 (got {value}).");
        }
    }
}
