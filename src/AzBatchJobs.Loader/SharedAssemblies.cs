using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace AzBatchJobs.Loading;

/// <summary>
/// The assemblies the host provides to every load context: the trusted platform assemblies of
/// the process (the .NET runtime and, in pwsh, PowerShell's own folder, from pwsh.deps.json).
/// </summary>
internal sealed class SharedAssemblies
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Version?> _versions = new(StringComparer.OrdinalIgnoreCase);

    public SharedAssemblies(string? trustedPlatformAssemblies)
    {
        foreach (var path in (trustedPlatformAssemblies ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                _paths[Path.GetFileNameWithoutExtension(path)] = path;
        }
    }

    public static SharedAssemblies OfThisProcess() =>
        new(AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string);

    /// <summary>The version of the shared assembly of that name, or null when there is none.</summary>
    public Version? VersionOf(string name)
    {
        lock (_versions)
        {
            if (_versions.TryGetValue(name, out var known)) return known;
            Version? version = null;
            if (_paths.TryGetValue(name, out var path))
            {
                try
                {
                    version = AssemblyName.GetAssemblyName(path).Version;
                }
                catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
                {
                    // Not a readable managed assembly: not something this module can share.
                }
            }
            _versions[name] = version;
            return version;
        }
    }
}
