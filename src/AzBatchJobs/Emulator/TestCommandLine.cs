using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AzBatchJobs;

/// <summary>
/// A task command line that behaves as a test asks: writes given text to stdout and stderr, runs
/// for a given time and exits with a given code, optionally only on its first runs. Linux (and
/// macOS): /bin/sh with the texts passed as arguments, so nothing in them is interpreted.
/// Windows: Windows PowerShell (present on every Windows) with the script base64-encoded, so no
/// quoting can break it. Runs are counted per job and task in the node's shared directory.
/// </summary>
internal sealed class TestCommandLine
{
    public int ExitCode { get; set; }
    public string? StandardOutput { get; set; }
    public string? StandardError { get; set; }
    public double Seconds { get; set; }

    /// <summary>0: every run behaves the same. N: runs after the Nth exit 0 without the stderr text.</summary>
    public int FailFirst { get; set; }

    public string ForLinux()
    {
        var script = new List<string>();
        if (FailFirst > 0)
        {
            script.Add("runs=\"$AZ_BATCH_NODE_SHARED_DIR/$AZ_BATCH_JOB_ID.$AZ_BATCH_TASK_ID.runs\"");
            script.Add("run=$(( $(cat \"$runs\" 2>/dev/null || echo 0) + 1 ))");
            script.Add("echo $run > \"$runs\"");
        }
        if (StandardOutput is not null) script.Add("printf \"%s\\n\" \"$1\"");
        if (Seconds > 0) script.Add("sleep " + Number(Seconds));
        if (FailFirst > 0) script.Add($"if [ $run -gt {FailFirst} ]; then exit 0; fi");
        if (StandardError is not null) script.Add("printf \"%s\\n\" \"$2\" >&2");
        script.Add("exit " + ExitCode.ToString(CultureInfo.InvariantCulture));
        // $0 names the script in sh's messages; $1 and $2 are the texts, quoted only for the command-line splitting.
        return "/bin/sh -c " + ShellQuote(string.Join("; ", script)) + " test-task "
            + ShellQuote(StandardOutput ?? string.Empty) + " " + ShellQuote(StandardError ?? string.Empty);
    }

    public string ForWindows()
    {
        var script = new List<string>();
        if (FailFirst > 0)
        {
            script.Add("$runs = Join-Path $env:AZ_BATCH_NODE_SHARED_DIR ($env:AZ_BATCH_JOB_ID + '.' + $env:AZ_BATCH_TASK_ID + '.runs')");
            script.Add("$run = 1; if (Test-Path -LiteralPath $runs) { $run = 1 + [int](Get-Content -LiteralPath $runs) }");
            script.Add("Set-Content -LiteralPath $runs -Value $run");
        }
        if (StandardOutput is not null) script.Add($"[Console]::Out.WriteLine({PowerShellQuote(StandardOutput)})");
        if (Seconds > 0) script.Add("Start-Sleep -Milliseconds " + Math.Round(Seconds * 1000).ToString(CultureInfo.InvariantCulture));
        if (FailFirst > 0) script.Add($"if ($run -gt {FailFirst}) {{ exit 0 }}");
        if (StandardError is not null) script.Add($"[Console]::Error.WriteLine({PowerShellQuote(StandardError)})");
        script.Add("exit " + ExitCode.ToString(CultureInfo.InvariantCulture));
        var encoded = Convert.ToBase64String(Encoding.Unicode.GetBytes(string.Join("; ", script)));
        return "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand " + encoded;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>'text' for sh and for the Batch command-line splitting; a ' inside becomes '\''.</summary>
    private static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''") + "'";

    private static string PowerShellQuote(string text) => "'" + text.Replace("'", "''") + "'";
}
