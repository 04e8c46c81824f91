using System;
using System.Collections;
using System.Collections.Generic;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The part of the emulator's own environment that tasks start from: what programs need to run
/// (PATH, HOME, the user, locale, temp; on Windows also SystemRoot, ComSpec, PATHEXT, the profile
/// and program folders), plus the names given with --pass-env. Everything else, such as
/// AZURE_CLIENT_SECRET or AZURE_BATCH_ACCESS_KEY in the shell that started the emulator, stays
/// with the emulator, as a Batch node's tasks do not see its agent's environment either.
/// </summary>
internal static class HostEnvironment
{
    private static readonly string[] UnixNames =
        ["PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "TZ", "TMPDIR", "TMP", "TEMP"];

    private static readonly string[] WindowsNames =
    [
        "PATH", "PATHEXT", "SystemRoot", "windir", "SystemDrive", "ComSpec", "TEMP", "TMP",
        "USERPROFILE", "HOMEDRIVE", "HOMEPATH", "USERNAME", "USERDOMAIN", "COMPUTERNAME",
        "APPDATA", "LOCALAPPDATA", "ProgramData", "ALLUSERSPROFILE", "PUBLIC",
        "ProgramFiles", "ProgramFiles(x86)", "ProgramW6432",
        "CommonProgramFiles", "CommonProgramFiles(x86)", "CommonProgramW6432",
        "PROCESSOR_ARCHITECTURE", "PROCESSOR_IDENTIFIER", "NUMBER_OF_PROCESSORS", "OS",
    ];

    /// <summary>The emulator's variables that tasks get, read now.</summary>
    public static IReadOnlyDictionary<string, string> Capture(IEnumerable<string> passThrough) =>
        Select(Environment.GetEnvironmentVariables(), passThrough, OperatingSystem.IsWindows());

    /// <summary>The kept variables of <paramref name="variables"/>, by the rules of Windows or of Linux and macOS.</summary>
    public static IReadOnlyDictionary<string, string> Select(IDictionary variables, IEnumerable<string> passThrough, bool windows)
    {
        var comparer = windows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var kept = new HashSet<string>(windows ? WindowsNames : UnixNames, comparer);
        kept.UnionWith(passThrough);
        var selected = new Dictionary<string, string>(comparer);
        foreach (DictionaryEntry variable in variables)
        {
            string name = (string)variable.Key;
            // LC_ALL, LC_CTYPE, ...: the locale, with LANG and LANGUAGE.
            if (kept.Contains(name) || (!windows && name.StartsWith("LC_", StringComparison.Ordinal)))
            {
                selected[name] = variable.Value as string ?? string.Empty;
            }
        }
        return selected;
    }
}
