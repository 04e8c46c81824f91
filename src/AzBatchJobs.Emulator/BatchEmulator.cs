using System.Net;
using AzBatchJobs.Emulator.Api;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Node;
using AzBatchJobs.Emulator.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AzBatchJobs.Emulator;

/// <summary>The Batch data-plane emulator: an HTTP server on 127.0.0.1 over the emulator's store.</summary>
public sealed class BatchEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _temporaryFilesRoot;

    private BatchEmulator(WebApplication app, BatchStore store, LocalNodeScheduler node, Uri endpoint, EmulatorOptions options, string? temporaryFilesRoot)
    {
        _app = app;
        Store = store;
        Node = node;
        Endpoint = endpoint;
        AccountName = options.AccountName;
        AccountKey = options.AccountKey;
        _temporaryFilesRoot = temporaryFilesRoot;
    }

    public Uri Endpoint { get; }
    public string AccountName { get; }
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
        Directory.CreateDirectory(filesRoot);
        var store = new BatchStore(databasePath, filesRoot);
        var node = new LocalNodeScheduler(store, options.Slots ?? Environment.ProcessorCount);
        try
        {
            node.Start();
            var app = Build(options, store);
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var endpoint = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
            return new BatchEmulator(app, store, node, endpoint, options, temporaryFilesRoot);
        }
        catch
        {
            await node.DisposeAsync();
            store.Dispose();
            throw;
        }
    }

    private static WebApplication Build(EmulatorOptions options, BatchStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var faults = new FaultPlan(options.FaultRate, options.TaskFaultRate, options.Seed, RequestThrottle.For(options));
        app.UseRouting();
        app.UseMiddleware<ServiceMiddleware>(new Authentication(options.AccountName, options.AccountKey, options.AllowBearer));
        if (faults.InjectsRequestFaults)
        {
            app.UseMiddleware<FaultInjectionMiddleware>(faults);
        }
        new JobOperations(store).Map(app);
        new TaskOperations(store, faults).Map(app);
        new TaskFileOperations(store).Map(app);
        app.MapFallback(ServiceMiddleware.NotFound);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Node.DisposeAsync();
        Store.Dispose();
        if (_temporaryFilesRoot is not null && Directory.Exists(_temporaryFilesRoot))
        {
            Directory.Delete(_temporaryFilesRoot, recursive: true);
        }
    }
}
