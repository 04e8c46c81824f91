using AzBatchJobs.HelpWriter;

// Usage: AzBatchJobs.HelpWriter <module dll> <help source folder> <output MAML file>
// Run by module/AzBatchJobs.Module.proj after it lays out the module folder.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: AzBatchJobs.HelpWriter <AzBatchJobs.dll> <module/help folder> <AzBatchJobs.dll-Help.xml>");
    return 2;
}
using var module = new ModuleMetadata(args[0], ModuleMetadata.PowerShellReferenceAssembly);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);
File.WriteAllText(args[2], MamlWriter.Generate(module.Cmdlets, args[1]));
Console.WriteLine($"AzBatchJobs help: {args[2]} ({module.Cmdlets.Count} cmdlets)");
return 0;
