using System.Globalization;

namespace AzBatchJobs.Bench;

/// <summary>The command line: add-tasks --count N --parallel P --job ID [--raw] [--verify] [--timeline] [--no-setup].</summary>
internal sealed class BenchArguments
{
    public const string Usage = """
        Usage: AzBatchJobs.Bench add-tasks --count N --parallel P --job ID [--raw] [--verify] [--timeline] [--no-setup]

          --count N     tasks to submit (1 or more)
          --parallel P  add-collection requests in flight (1-64)
          --job ID      the job; created if missing, then disabled so its tasks wait
          --raw         post the same tasks, serialized beforehand, with a bare HttpClient
                        (the floor the engine is measured against)
          --verify      engine only: afterwards, list the job and check that it holds each task once and
                        that every outcome is true (the job must be new)
          --timeline    engine only: print requests, 429s and requests in flight per half second
          --no-setup    do not create the job (e.g. against an endpoint where nothing listens)

        Reads AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY.
        Last line: added=A existed=E failed=F seconds=S tasks_per_s=R peak_mb=M not_submitted=N unknown=U requests=Q throttled=T lookups=L
        """;

    public int Count { get; private init; }

    public int Parallel { get; private init; }

    public string JobId { get; private init; } = "";

    public bool Raw { get; private init; }

    public bool Verify { get; private init; }

    public bool Timeline { get; private init; }

    public bool Setup { get; private init; } = true;

    /// <summary>Parses the arguments; throws ArgumentException naming the option and its rule.</summary>
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "add-tasks")
        {
            throw new ArgumentException("The first argument must be the command 'add-tasks'.");
        }

        int? count = null;
        int? parallel = null;
        string? job = null;
        bool raw = false, verify = false, timeline = false, setup = true;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--count":
                    count = Number(args, ++i, "--count", 1, int.MaxValue);
                    break;
                case "--parallel":
                    parallel = Number(args, ++i, "--parallel", 1, 64);
                    break;
                case "--job":
                    job = i + 1 < args.Count ? args[++i] : throw new ArgumentException("--job needs a job id.");
                    break;
                case "--raw":
                    raw = true;
                    break;
                case "--verify":
                    verify = true;
                    break;
                case "--timeline":
                    timeline = true;
                    break;
                case "--no-setup":
                    setup = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (raw && (verify || timeline))
        {
            throw new ArgumentException("--verify and --timeline apply to the engine, not to --raw.");
        }

        return new BenchArguments
        {
            Count = count ?? throw new ArgumentException("--count is required."),
            Parallel = parallel ?? throw new ArgumentException("--parallel is required."),
            JobId = job ?? throw new ArgumentException("--job is required."),
            Raw = raw,
            Verify = verify,
            Timeline = timeline,
            Setup = setup,
        };
    }

    private static int Number(IReadOnlyList<string> args, int index, string option, int min, int max)
    {
        if (index >= args.Count || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ArgumentException($"{option} needs a whole number from {min} to {max}.");
        }

        return value;
    }
}
