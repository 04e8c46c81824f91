using System;
using System.IO;
using System.Reflection;

namespace AzBatchJobs;

/// <summary>
/// Decides which file in the module's folder satisfies an assembly request. Windows PowerShell 5.1
/// applies no binding redirects to modules, so a dependency asking for another version of, say,
/// System.Memory than the one shipped would fail to load; the shipped file is taken whatever its version.
/// </summary>
internal sealed class ModuleAssemblyResolver
{
    private readonly string _moduleDirectory;
    private readonly Func<string, bool> _fileExists;

    public ModuleAssemblyResolver(string moduleDirectory, Func<string, bool> fileExists)
    {
        _moduleDirectory = moduleDirectory;
        _fileExists = fileExists;
    }

    /// <summary>The path of the module's copy of the requested assembly, or null when the module does not ship it.</summary>
    public string? FindFile(string? requestedAssemblyName)
    {
        if (string.IsNullOrWhiteSpace(requestedAssemblyName)) return null;
        AssemblyName name;
        try
        {
            name = new AssemblyName(requestedAssemblyName);
        }
        catch (Exception e) when (e is ArgumentException or FileLoadException)
        {
            return null;
        }
        // Satellite (resource) assemblies are culture-specific: the module ships none, and answering
        // with the neutral assembly would be wrong.
        if (!string.IsNullOrEmpty(name.CultureName)) return null;
        var simpleName = name.Name;
        if (string.IsNullOrEmpty(simpleName) || simpleName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;
        var path = Path.Combine(_moduleDirectory, simpleName + ".dll");
        return _fileExists(path) ? path : null;
    }
}
