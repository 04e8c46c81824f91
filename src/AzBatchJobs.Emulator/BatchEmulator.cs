using System.Net;
using System.Security.Cryptography;
using AzBatchJobs.Emulator.Api;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Node;
using AzBatchJobs.Emulator.Schedules;
using AzBatchJobs.Emulator.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AzBatchJobs.Emulator;

/// <summary>The Batch data-plane emulator: an HTTP server on 127.0.0.1 over the emulator's store.</summary>
public sealed class BatchEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _temporaryFilesRoot;
    private readonly JobScheduleRunner _schedules;

    private BatchEmulator(WebApplication app, BatchStore store, LocalNodeScheduler node, JobScheduleRunner schedules, Uri endpoint, string accountName, string accountKey, string? temporaryFilesRoot)
    {
        _app = app;
        Store = store;
        Node = node;
        _schedules = schedules;
        Endpoint = endpoint;
        AccountName = accountName;
        AccountKey = accountKey;
        _temporaryFilesRoot = temporaryFilesRoot;
    }

    public Uri Endpoint { get; }
    public string AccountName { get; }

    /// <summary>The key this run accepts: the one given in the options, else a random one made at start.</summary>
    public string AccountKey { get; }

    /// <summary>All state and its changes; the execution engine drives tasks through it.</summary>
    internal BatchStore Store { get; }

    /// <summary>The local compute node that runs the tasks (Node/LocalNodeScheduler); Slots defaults to the processor count.</summary>
    internal LocalNodeScheduler Node { get; }

    public static async Task<BatchEmulator> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        OptionRules.Validate(options);
        string? temporaryFilesRoot = null;
        string? databasePath = null;
        string filesRoot;
        if (options.InMemory)
        {
            temporaryFilesRoot = Path.Combine(Path.GetTempPath(), "azbatchjobs-emulator-" + Guid.NewGuid().ToString("N"));
            filesRoot = temporaryFilesRoot;
        }
        else
        {
            filesRoot = Path.GetFullPath(options.DataDirectory ?? EmulatorOptions.DefaultDataDirectory);
            databasePath = Path.Combine(filesRoot, "batch.db");
        }
        // Task outputs and the database are the user's own: a new state directory is closed to other users.
        _ = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(filesRoot)
            : Directory.CreateDirectory(filesRoot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Real, with no link in it, so that file paths below can be checked against it (Node/ContainedPath).
        filesRoot = ContainedPath.RealPath(filesRoot) ?? filesRoot;
        var store = new BatchStore(databasePath, filesRoot);
        var node = new LocalNodeScheduler(store, options.Slots ?? Environment.ProcessorCount, options.PassEnvironment);
        var schedules = new JobScheduleRunner(store, options.Clock ?? TimeProvider.System);
        try
        {
            node.Start();
            schedules.Start();
            string accountKey = options.AccountKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            var app = Build(options, accountKey, store, schedules);
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var endpoint = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
            return new BatchEmulator(app, store, node, schedules, endpoint, options.AccountName, accountKey, temporaryFilesRoot);
        }
        catch
        {
            await schedules.DisposeAsync();
            await node.DisposeAsync();
            store.Dispose();
            throw;
        }
    }

    private static WebApplication Build(EmulatorOptions options, string accountKey, BatchStore store, JobScheduleRunner schedules)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // A failed start (a busy port) reaches the caller as an exception; the command line prints it in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = UrlLimit.KestrelRequestLineLimit;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        EmulatorIdentity.Use(app);
        var faults = new FaultPlan(options.FaultRate, options.TaskFaultRate, options.Seed, RequestThrottle.For(options));
        app.UseRouting();
        app.UseMiddleware<ServiceMiddleware>(new HostFilter(options.AllowedHosts), new Authentication(options.AccountName, accountKey, options.AllowBearer));
        if (faults.InjectsRequestFaults)
        {
            app.UseMiddleware<FaultInjectionMiddleware>(faults);
        }
        new JobOperations(store).Map(app);
        new JobScheduleOperations(store, schedules).Map(app);
        new TaskOperations(store, faults).Map(app);
        new TaskFileOperations(store).Map(app);
        app.MapFallback(ServiceMiddleware.NotFound);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _schedules.DisposeAsync();
        await Node.DisposeAsync();
        Store.Dispose();
        if (_temporaryFilesRoot is not null && Directory.Exists(_temporaryFilesRoot))
        {
            Directory.Delete(_temporaryFilesRoot, recursive: true);
        }
    }
}
