using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>A loopback HTTP server for resource file tests: /files/{name} serves fixed content, /forbidden answers 403.</summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackFileServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoopbackFileServer> StartAsync(IReadOnlyDictionary<string, string> files)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        app.MapGet("/files/{name}", (string name) =>
            files.TryGetValue(name, out string? content) ? Results.Text(content) : Results.NotFound());
        app.MapGet("/forbidden", () => Results.StatusCode(403));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackFileServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
