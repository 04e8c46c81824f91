using AzBatchJobs.Bench;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;

if (args.Length > 0 && args[0] == "read-tasks") return ReadTasksBench.Run(args);

BenchArguments arguments;
BenchConnection connection;
try
{
    arguments = BenchArguments.Parse(args);
    connection = BenchConnection.FromEnvironment();
}
catch (ArgumentException invalid)
{
    Console.Error.WriteLine(invalid.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

var timeline = new RequestTimeline();
var client = new BatchClient(BatchConnection.SharedKey(connection.Endpoint, connection.Account, connection.Key),
    new BatchClientOptions { RequestObserver = timeline.Observe });
var patient = new BatchClient(BatchConnection.SharedKey(connection.Endpoint, connection.Account, connection.Key), BenchJob.PatientOptions());
if (arguments.Setup)
{
    await BenchJob.PrepareAsync(patient, arguments.JobId);
}

Console.WriteLine($"{(arguments.Raw ? "raw HttpClient" : "engine")}: {arguments.Count} tasks, {arguments.Parallel} in flight, job {arguments.JobId}, {connection}");
var statuses = arguments.Verify ? new BatchTaskSubmitStatus[arguments.Count] : null;
var result = arguments.Raw
    ? await RawRun.RunAsync(connection, arguments)
    : await EngineRun.RunAsync(client, arguments, statuses, timeline.Restart);
if (!arguments.Raw)
{
    timeline.CountInto(result);
}

if (arguments.Timeline)
{
    foreach (var line in timeline.Lines())
    {
        Console.WriteLine(line);
    }
}

if (statuses != null)
{
    Console.WriteLine(await BenchVerification.CheckAsync(patient, arguments.JobId, statuses));
}

Console.WriteLine(BenchResult.GcLine());
Console.WriteLine(result.SummaryLine());
return 0;
