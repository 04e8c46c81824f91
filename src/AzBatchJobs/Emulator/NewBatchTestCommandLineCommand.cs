using System.Management.Automation;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// New-BatchTestCommandLine: a task command line for tests that succeeds, fails with an exit code,
/// writes stdout and stderr text or runs for a time, the same way on Linux and Windows nodes.
/// </summary>
[Cmdlet("New", "BatchTestCommandLine")]
[OutputType(typeof(string))]
public sealed class NewBatchTestCommandLineCommand : PSCmdlet
{
    /// <summary>The exit code of a failing run; 1 with -FailFirst, else 0.</summary>
    [Parameter]
    [ValidateRange(0, 255)]
    public int? ExitCode { get; set; }

    /// <summary>Text the task writes to its stdout (stdout.txt).</summary>
    [Parameter]
    public string? StandardOutput { get; set; }

    /// <summary>Text a failing run writes to its stderr (stderr.txt).</summary>
    [Parameter]
    public string? StandardError { get; set; }

    /// <summary>How long each run lasts before it exits, in seconds.</summary>
    [Parameter]
    [ValidateRange(0.0, 86400.0)]
    public double Seconds { get; set; }

    /// <summary>Only the first N runs of the task fail; later runs (retries, reactivations) succeed.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int FailFirst { get; set; }

    /// <summary>The nodes' operating system; by default this computer's, where the emulator's node runs.</summary>
    [Parameter]
    [ValidateSet("Linux", "Windows", IgnoreCase = true)]
    public string? Platform { get; set; }

    protected override void ProcessRecord()
    {
        var line = new TestCommandLine
        {
            ExitCode = ExitCode ?? (FailFirst > 0 ? 1 : 0),
            StandardOutput = StandardOutput,
            StandardError = StandardError,
            Seconds = Seconds,
            FailFirst = FailFirst,
        };
        var windows = Platform is null ? RuntimeInformation.IsOSPlatform(OSPlatform.Windows) : Platform.Equals("Windows", System.StringComparison.OrdinalIgnoreCase);
        WriteObject(windows ? line.ForWindows() : line.ForLinux());
    }
}
