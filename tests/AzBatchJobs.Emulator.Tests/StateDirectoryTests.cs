namespace AzBatchJobs.Emulator.Tests;

/// <summary>Task outputs and the database are the user's own: other local users cannot list or read them.</summary>
public sealed class StateDirectoryTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task A_state_directory_the_emulator_creates_is_for_its_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a new folder under the user's profile inherits the profile's access rules
        }
        await using (var inMemory = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true }))
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(inMemory.Store.FilesRoot));
        }
        using var parent = new TempDirectory();
        string data = Path.Combine(parent.Path, "state");
        await using (var onDisk = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, DataDirectory = data }))
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(data));
        }
    }
}
