using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace AzBatchJobs.Loading;

/// <summary>
/// The module's own AssemblyLoadContext on PowerShell 7. It holds the cmdlets (AzBatchJobs.dll),
/// the client and the Azure SDK they use, so another module's Azure.Core, Azure.Identity,
/// System.ClientModel or MSAL, loaded before or after, never meets this module's. What crosses to
/// the default context, where PowerShell resolves type names: the model types
/// (AzBatchJobs.Client.Models.dll, which users build from hashtables and pipe on) and what the
/// framework and PowerShell provide (<see cref="DependencyRules"/>).
/// </summary>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    private const string CmdletAssembly = "AzBatchJobs";
    private const string ModelsAssembly = "AzBatchJobs.Client.Models";

    private static readonly object Gate = new();
    private static ModuleLoadContext? _instance;

    private readonly Assembly _models;
    private readonly DependencyRules _rules;

    private ModuleLoadContext(string moduleDirectory)
        : base("AzBatchJobs", isCollectible: false)
    {
        var shared = SharedAssemblies.OfThisProcess();
        _rules = new DependencyRules(moduleDirectory, File.Exists, shared.VersionOf);
        _models = Default.LoadFromAssemblyPath(Path.Combine(moduleDirectory, ModelsAssembly + ".dll"));
        Cmdlets = LoadFromAssemblyPath(Path.Combine(moduleDirectory, CmdletAssembly + ".dll"));
    }

    /// <summary>The cmdlet assembly, loaded in this context.</summary>
    public Assembly Cmdlets { get; }

    /// <summary>Whether this process has loaded the cmdlets before (an earlier import, here or in another runspace).</summary>
    public static bool Loaded
    {
        get
        {
            lock (Gate) return _instance is not null;
        }
    }

    /// <summary>
    /// The cmdlet assembly for AzBatchJobs.psm1 to import. One context per process, made on the
    /// first import: later imports (Import-Module -Force, other runspaces) get the same assembly.
    /// </summary>
    public static Assembly LoadCmdlets()
    {
        lock (Gate)
        {
            _instance ??= new ModuleLoadContext(Path.GetDirectoryName(typeof(ModuleLoadContext).Assembly.Location)!);
            return _instance.Cmdlets;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, ModelsAssembly, StringComparison.OrdinalIgnoreCase)) return _models;
        var path = _rules.PrivatePath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
