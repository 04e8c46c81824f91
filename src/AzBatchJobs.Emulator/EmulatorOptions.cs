namespace AzBatchJobs.Emulator;

/// <summary>
/// How to start the emulator. The account name defaults to the well-known one; the key is random
/// per start unless one is given (<see cref="BatchEmulator.AccountKey"/> tells it).
/// </summary>
public sealed class EmulatorOptions
{
    public const string WellKnownAccountName = "localbatch";
    public const string WellKnownAccountKey =
        "nV4olOFLkLj4u3astlrC3veXAB4QElZzfC+QHW+esF5u29CO4MKIPxeS/8WxV7FUi3BvBXjoZyclW2HrFOLBqw==";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; set; } = 10100;

    /// <summary>State directory; null means the per-user default (see <see cref="DefaultDataDirectory"/>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Keep nothing on disk (task files go to a temporary folder removed on dispose).</summary>
    public bool InMemory { get; set; }

    public string AccountName { get; set; } = WellKnownAccountName;

    /// <summary>
    /// The account key (base64); null, the default, makes a random key at each start.
    /// <see cref="WellKnownAccountKey"/> is published: use it only where no one else can reach the port.
    /// </summary>
    public string? AccountKey { get; set; }

    /// <summary>Fraction (0..1) of requests that fail like real networks and services fail.</summary>
    public double FaultRate { get; set; }

    /// <summary>Fraction (0..1) of tasks in an add-collection answered as servererror and not added.</summary>
    public double TaskFaultRate { get; set; }

    /// <summary>Requests per second above which requests are answered 429 with Retry-After; 0 is off.</summary>
    public int ThrottleRate { get; set; }

    /// <summary>Seconds, from the first request throttled, during which ThrottleRate applies; null means always.</summary>
    public int? ThrottleSeconds { get; set; }

    /// <summary>Seed for fault injection; the same seed gives the same sequence of faults.</summary>
    public int? Seed { get; set; }

    /// <summary>Accept any Bearer token without validating it: anyone who can reach the port can then run commands.</summary>
    public bool AllowBearer { get; set; }

    /// <summary>Task slots of the local compute node; null means the processor count, 0 runs no task.</summary>
    public int? Slots { get; set; }

    /// <summary>Host names served besides the loopback ones (127.0.0.1, localhost, [::1]); compared without the port, ignoring case.</summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>Names of the emulator's environment variables that tasks get too; by default tasks start from a minimal environment.</summary>
    public IList<string> PassEnvironment { get; } = new List<string>();

    /// <summary>The clock job schedules run by (their times and when they create jobs); tests pass one they can advance.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "AzBatchJobs.Emulator");
}
