using System.Globalization;

namespace AzBatchJobs.Emulator;

/// <summary>Parses the emulator's command line into EmulatorOptions. The option names are its interface.</summary>
internal static class CommandLine
{
    public const string Usage = """
        AzBatchJobs.Emulator - a local emulator of the Azure Batch data plane (Jobs and Tasks).

        Usage: dotnet run --project src/AzBatchJobs.Emulator -- [options]

        Options:
          --port N             TCP port on 127.0.0.1 (default 10100; 0 picks a free port).
          --data DIR           State directory (default: a per-user folder, see below).
          --in-memory          Keep no state after exit (a private temporary database).
          --account NAME       Account name (default: localbatch).
          --key BASE64         Account key (default: a random key made at each start and printed below).
                               Other local users can read a key given here in the process list.
          --well-known-key     Use the published well-known key (for test scripts). Anyone who can reach
                               the port can then run commands as you; a warning is printed.
          --allow-host NAME    Also serve requests whose Host header names NAME (repeatable). Only
                               127.0.0.1, localhost and [::1] are served otherwise (DNS rebinding).
          --fault-rate R       Fraction (0..1) of requests that fail: 500; 503 or 429 with Retry-After;
                               connection closed before processing; connection closed after the change
                               was committed.
          --task-fault-rate R  Fraction (0..1) of tasks in an add-collection answered servererror, not added.
          --throttle-rate N    Answer 429 with Retry-After to requests over N per second (a token bucket).
          --throttle-for S     Stop throttling S seconds after the first request it throttled.
          --seed N             Seed for the fault injection: the same seed replays the same faults.
          --slots N            Task slots of the local compute node (default: the processor count).
                               --slots 0 accepts tasks but runs none.
          --allow-bearer       Also accept Bearer tokens. They are NOT validated: the emulator cannot
                               validate Microsoft Entra ID tokens, so ANY token is accepted and anyone
                               who can reach the port can run commands as you; a warning is printed.
                               Without this option only Shared Key is accepted.
          --pass-env NAME      Give tasks this variable of the emulator's environment too (repeatable).
                               Tasks start from a minimal environment: PATH, HOME, user, locale, temp
                               (on Windows also SystemRoot, ComSpec, PATHEXT, profile folders...), the
                               AZ_BATCH_* variables and what the job and task set; nothing else.
          --help               Show this help.

        Task execution: one local compute node (id local-node) serves every poolId. Task command
        lines run as processes without a shell, as on a Batch node: words split at spaces, '...'
        and "..." quote, nothing is expanded; use /bin/sh -c '...' (Windows: cmd /c ...) for a shell.
        Task files live under <data>/jobs/<jobId>/tasks/<taskId>/ (wd/, stdout.txt, stderr.txt).
        Resource files: httpUrl with http(s):// or file://, storageContainerUrl with file:// only.
        Output files: only file:// container URLs (a local folder); any other destination fails the
        task with FileUploadMiscError. After a restart, tasks whose process was lost are requeued.

        When ready it prints, for a shell or PowerShell to take in:
          AZURE_BATCH_ENDPOINT=http://127.0.0.1:<port>
          AZURE_BATCH_ACCOUNT=<name>
          AZURE_BATCH_ACCESS_KEY=<key>

        Started by another program (Start-BatchEmulator passes these):
          --detached             Ignore Ctrl+C and, on Linux and macOS, run in a session of its own, so the
                                 terminal's Ctrl+C reaches neither the emulator nor its tasks (SIGTERM stops it).
          --exit-on-stdin-close  Stop when standard input closes: the program that started it ended.

        Exit codes: 0 stopped, 2 a bad option, 3 the port is already in use.
        """;

    /// <summary>Returns the options, or null when --help was asked. Throws ArgumentException on a bad option.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            switch (name)
            {
                case "--help" or "-h" or "-?":
                    return null;
                case "--in-memory":
                    options.InMemory = true;
                    break;
                case "--allow-bearer":
                    options.AllowBearer = true;
                    break;
                case "--well-known-key":
                    options.AccountKey = KeyOnce(options, EmulatorOptions.WellKnownAccountKey);
                    break;
                case "--allow-host":
                    options.AllowedHosts.Add(Value(args, ref i));
                    break;
                case "--pass-env":
                    options.PassEnvironment.Add(Value(args, ref i));
                    break;
                case "--port":
                    options.Port = Integer(name, Value(args, ref i));
                    break;
                case "--data":
                    options.DataDirectory = Value(args, ref i);
                    break;
                case "--account":
                    options.AccountName = Value(args, ref i);
                    break;
                case "--key":
                    options.AccountKey = KeyOnce(options, Value(args, ref i));
                    break;
                case "--fault-rate":
                    options.FaultRate = Number(name, Value(args, ref i));
                    break;
                case "--task-fault-rate":
                    options.TaskFaultRate = Number(name, Value(args, ref i));
                    break;
                case "--throttle-rate":
                    options.ThrottleRate = Integer(name, Value(args, ref i));
                    break;
                case "--throttle-for":
                    options.ThrottleSeconds = Integer(name, Value(args, ref i));
                    break;
                case "--seed":
                    options.Seed = Integer(name, Value(args, ref i));
                    break;
                case "--slots":
                    options.Slots = Integer(name, Value(args, ref i));
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'. Run with --help to see the options.");
            }
        }
        OptionRules.Validate(options);
        return options;
    }

    private static string KeyOnce(EmulatorOptions options, string key) =>
        options.AccountKey is null ? key : throw new ArgumentException("Give the key once: --key and --well-known-key exclude each other.");

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} needs a value.");
        }
        return args[++i];
    }

    private static int Integer(string name, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new ArgumentException($"{name} must be an integer (got '{text}').");

    private static double Number(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ArgumentException($"{name} must be a number (got '{text}').");
}
