using System.Reflection;
using System.Runtime.InteropServices;

namespace AzBatchJobs.HelpWriter;

/// <summary>
/// The built module assembly (compiled against the real System.Management.Automation reference
/// assembly), read as metadata only: nothing in it runs.
/// </summary>
public sealed class ModuleMetadata : IDisposable
{
    public const string AllParameterSets = "__AllParameterSets";

    private readonly MetadataLoadContext _context;

    public ModuleMetadata(string moduleAssembly, string powerShellReferenceAssembly)
    {
        if (!File.Exists(moduleAssembly)) throw new FileNotFoundException($"The module is not built: {moduleAssembly}", moduleAssembly);
        if (!File.Exists(powerShellReferenceAssembly)) throw new FileNotFoundException($"PowerShellStandard.Library is not restored: {powerShellReferenceAssembly}", powerShellReferenceAssembly);
        var paths = Directory.GetFiles(Path.GetDirectoryName(moduleAssembly)!, "*.dll")
            .Append(powerShellReferenceAssembly)
            .Concat(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        _context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        Module = _context.LoadFromAssemblyPath(moduleAssembly);
        var cmdletBase = _context.LoadFromAssemblyPath(powerShellReferenceAssembly).GetType("System.Management.Automation.Cmdlet", throwOnError: true)!;
        Cmdlets = Module.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && cmdletBase.IsAssignableFrom(t))
            .Select(t => new CmdletInfo(t))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    public Assembly Module { get; }

    public IReadOnlyList<CmdletInfo> Cmdlets { get; }

    /// <summary>The System.Management.Automation reference assembly this tool was built with.</summary>
    public static string PowerShellReferenceAssembly =>
        typeof(ModuleMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PowerShellReferenceAssembly").Value!;

    public void Dispose() => _context.Dispose();
}
