using AzBatchJobs.Bench;
using AzBatchJobs.Client;

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

var client = new BatchClient(BatchConnection.SharedKey(connection.Endpoint, connection.Account, connection.Key));
await BenchJob.PrepareAsync(client, arguments.JobId);
Console.WriteLine($"{(arguments.Raw ? "raw HttpClient" : "engine")}: {arguments.Count} tasks, {arguments.Parallel} in flight, job {arguments.JobId}, {connection}");
var result = arguments.Raw
    ? await RawRun.RunAsync(connection, arguments)
    : await EngineRun.RunAsync(client, arguments);
Console.WriteLine(BenchResult.GcLine());
Console.WriteLine(result.SummaryLine());
return 0;
