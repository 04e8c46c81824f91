namespace AzBatchJobs.Emulator.Tests.Infrastructure;

/// <summary>
/// One in-memory emulator on a free loopback port, shared by the tests of a class (each uses its own ids).
/// Its node has no slots, so tasks stay where the tests put them (tests drive execution through the store).
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private BatchEmulator? _emulator;
    private BatchHttp? _http;

    public BatchEmulator Emulator => _emulator!;
    internal BatchHttp Http => _http!;

    public async Task InitializeAsync()
    {
        // Slots = 0: these tests drive task states themselves; the local node's tests are in Node/.
        _emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true });
        _http = new BatchHttp(_emulator.Endpoint, _emulator.AccountName, _emulator.AccountKey);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 64)];
}
