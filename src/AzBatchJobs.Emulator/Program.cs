using System.Runtime.InteropServices;
using AzBatchJobs.Emulator;
using Microsoft.AspNetCore.Connections;

var launch = LaunchOptions.Take(args, out string[] emulatorArgs);
EmulatorOptions? options;
try
{
    options = CommandLine.Parse(emulatorArgs);
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
    // Detached: the terminal's Ctrl+C is meant for the command in front, not for this emulator.
    if (!launch.Detached)
    {
        stop.Cancel();
    }
};
// The web host's console lifetime swallows SIGTERM (it only stops the host), so stop explicitly.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
launch.Apply(stop);

BatchEmulator emulator;
try
{
    emulator = await BatchEmulator.StartAsync(options, stop.Token);
}
catch (IOException error) when (error.InnerException is AddressInUseException)
{
    // One line and its own exit code, which Start-BatchEmulator reads.
    Console.Error.WriteLine($"error: port {options.Port} on 127.0.0.1 is already in use; choose another --port, or --port 0 for a free one.");
    return 3;
}
await using var disposeAtExit = emulator;
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
