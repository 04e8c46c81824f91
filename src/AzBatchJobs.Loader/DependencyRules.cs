using System;
using System.IO;
using System.Reflection;

namespace AzBatchJobs.Loading;

/// <summary>
/// Decides where an assembly that the module's code asks for comes from: the module's own copy
/// (loaded in the module's load context), or the default context (the framework's or PowerShell's
/// copy, which every module shares).
/// </summary>
internal sealed class DependencyRules
{
    private readonly string _moduleDirectory;
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, Version?> _sharedVersion;

    /// <param name="moduleDirectory">The folder with the module's assemblies.</param>
    /// <param name="fileExists">Whether a file exists (File.Exists).</param>
    /// <param name="sharedVersion">The version of the assembly of that name that the framework or
    /// PowerShell provides to every context, or null when they provide none.</param>
    public DependencyRules(string moduleDirectory, Func<string, bool> fileExists, Func<string, Version?> sharedVersion)
    {
        _moduleDirectory = moduleDirectory;
        _fileExists = fileExists;
        _sharedVersion = sharedVersion;
    }

    /// <summary>
    /// The path of the module's copy to load privately, or null to leave the request to the default
    /// context. A shared copy at least as new as the one asked for wins: System.Text.Json above all
    /// must be the one PowerShell loaded, or the models' JSON attributes (default context) would not
    /// be the ones the client's serializer looks for. Anything else the module ships (Azure.Core,
    /// Azure.Identity, System.ClientModel, MSAL...) is loaded privately, whatever another module
    /// has loaded.
    /// </summary>
    public string? PrivatePath(AssemblyName requested)
    {
        var name = requested.Name;
        if (string.IsNullOrEmpty(name) || name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;
        // Culture-specific resource assemblies: the module ships none.
        if (!string.IsNullOrEmpty(requested.CultureName)) return null;
        var shared = _sharedVersion(name);
        if (shared is not null && shared >= (requested.Version ?? new Version(0, 0))) return null;
        var path = Path.Combine(_moduleDirectory, name + ".dll");
        return _fileExists(path) ? path : null;
    }
}
