using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AzBatchJobs;

/// <summary>
/// On Windows PowerShell 5.1 (.NET Framework), loads the module's dependencies from its own folder
/// whatever version they were requested in. PowerShell 7 resolves them through the module's load
/// context, so nothing is hooked there.
/// </summary>
public sealed class ModuleAssemblyLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    private static ModuleAssemblyResolver? _resolver;

    /// <summary>True on .NET Framework, where no binding redirects apply to a module's dependencies.</summary>
    internal static bool IsNeeded(string frameworkDescription) =>
        frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    public void OnImport()
    {
        if (!IsNeeded(RuntimeInformation.FrameworkDescription)) return;
        var directory = Path.GetDirectoryName(typeof(ModuleAssemblyLoader).Assembly.Location);
        if (string.IsNullOrEmpty(directory)) return;
        lock (Gate)
        {
            if (_resolver is not null) return;
            _resolver = new ModuleAssemblyResolver(directory!, File.Exists);
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }
    }

    /// <summary>Raised by Remove-Module, for what the module holds for the session (the emulators it started).</summary>
    internal static event Action? Removing;

    public void OnRemove(PSModuleInfo module)
    {
        Removing?.Invoke();
        lock (Gate)
        {
            if (_resolver is null) return;
            AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
            _resolver = null;
        }
    }

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
    {
        var path = _resolver?.FindFile(args.Name);
        // LoadFrom returns the already loaded assembly when the same file is asked for again.
        return path is null ? null : Assembly.LoadFrom(path);
    }
}
