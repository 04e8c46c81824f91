using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>
/// The emulator process as Start-BatchEmulator runs it: --detached (its own session, Ctrl+C
/// ignored), --exit-on-stdin-close, a busy port reported in one line with exit code 3, and the
/// identity endpoint that Stop-BatchEmulator -Port reads.
/// </summary>
public sealed class LaunchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_port_and_exit_code_3()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var process = Start("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-memory");
        process.StandardInput.Close();
        string output = await process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(3, process.ExitCode);
        Assert.Equal($"error: port {port} on 127.0.0.1 is already in use; choose another --port, or --port 0 for a free one.", error.Trim());
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Detached_it_leads_its_own_session_and_SIGINT_to_its_process_group_leaves_it_serving()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no process groups or POSIX signals there
        }
        using var process = Start("--port", "0", "--in-memory", "--slots", "0", "--detached");
        var endpoint = await ReadEndpointAsync(process);
        // A terminal's Ctrl+C goes to its foreground process group: the one this test runs in.
        await WaitUntilAsync(() => getsid(process.Id) == process.Id);
        Assert.NotEqual(getpgid(Environment.ProcessId), getpgid(process.Id));

        Assert.Equal(0, kill(-getpgid(process.Id), SigInt));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(process.HasExited, "the emulator stopped on SIGINT");
        Assert.Equal(HttpStatusCode.OK, await IdentityStatusAsync(endpoint));

        Assert.Equal(0, kill(process.Id, SigTerm));
        Assert.True(process.WaitForExit(Patience), "SIGTERM did not stop the detached emulator");
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Not_detached_it_stays_in_the_group_of_its_parent_and_SIGINT_stops_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var process = Start("--port", "0", "--in-memory", "--slots", "0");
        await ReadEndpointAsync(process);
        Assert.Equal(getpgid(Environment.ProcessId), getpgid(process.Id));
        Assert.Equal(0, kill(process.Id, SigInt));
        Assert.True(process.WaitForExit(Patience), "SIGINT did not stop the emulator");
    }

    [Fact]
    public async Task With_exit_on_stdin_close_it_stops_cleanly_when_its_input_closes()
    {
        using var process = Start("--port", "0", "--in-memory", "--slots", "0", "--exit-on-stdin-close");
        await ReadEndpointAsync(process);
        Assert.False(process.HasExited);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(Patience), "the emulator kept running after its standard input closed");
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Without_exit_on_stdin_close_a_closed_input_changes_nothing()
    {
        using var process = Start("--port", "0", "--in-memory", "--slots", "0");
        var endpoint = await ReadEndpointAsync(process);
        process.StandardInput.Close();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(process.HasExited);
        Assert.Equal(HttpStatusCode.OK, await IdentityStatusAsync(endpoint));
        // A clean stop, so the in-memory emulator removes its files.
        if (OperatingSystem.IsWindows())
        {
            process.Kill();
        }
        else
        {
            Assert.Equal(0, kill(process.Id, SigTerm));
        }
        Assert.True(process.WaitForExit(Patience));
    }

    [Fact]
    public async Task The_identity_endpoint_names_the_process_without_authentication_on_loopback_hosts_only()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Port = 0, InMemory = true, Slots = 0 });
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        using var answer = await http.GetAsync("/azbatchjobs-emulator");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal($"AZBATCHJOBS_EMULATOR_PROCESS_ID={Environment.ProcessId}\n", await answer.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/azbatchjobs-emulator");
        request.Headers.Host = "rebound.example";
        using var elsewhere = await http.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.DoesNotContain("AZBATCHJOBS_EMULATOR_PROCESS_ID", await elsewhere.Content.ReadAsStringAsync());
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EmulatorProcess.DllPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }

    private static async Task<Uri> ReadEndpointAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.StartsWith("AZURE_BATCH_ENDPOINT=", line);
        return new Uri(line!["AZURE_BATCH_ENDPOINT=".Length..]);
    }

    private static async Task<HttpStatusCode> IdentityStatusAsync(Uri endpoint)
    {
        using var http = new HttpClient { BaseAddress = endpoint };
        using var answer = await http.GetAsync("/azbatchjobs-emulator");
        return answer.StatusCode;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "the condition was not met in time");
            await Task.Delay(50);
        }
    }

    private const int SigInt = 2;
    private const int SigTerm = 15;

    [DllImport("libc")]
    private static extern int kill(int pid, int signal);

    [DllImport("libc")]
    private static extern int getpgid(int pid);

    [DllImport("libc")]
    private static extern int getsid(int pid);
}
