using System.Runtime.InteropServices;
using AzBatchJobs.Emulator;

EmulatorOptions? options;
try
{
    options = CommandLine.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine("error: " + error.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
// The web host's console lifetime swallows SIGTERM (it only stops the host), so stop explicitly.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using var emulator = await BatchEmulator.StartAsync(options, stop.Token);
Console.WriteLine($"AZURE_BATCH_ENDPOINT={emulator.Endpoint.GetLeftPart(UriPartial.Authority)}");
Console.WriteLine($"AZURE_BATCH_ACCOUNT={emulator.AccountName}");
Console.WriteLine($"AZURE_BATCH_ACCESS_KEY={emulator.AccountKey}");
Console.Out.Flush();
// After the three lines, so that scripts reading the first three lines of 2>&1 still get them.
foreach (string warning in OptionRules.Warnings(options))
{
    Console.Error.WriteLine("warning: " + warning);
}
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}
return 0;
