namespace System.Management.Automation;

/// <summary>Called by Import-Module after the module's assembly is loaded.</summary>
public interface IModuleAssemblyInitializer
{
    void OnImport();
}

/// <summary>Called by Remove-Module.</summary>
public interface IModuleAssemblyCleanup
{
    void OnRemove(PSModuleInfo psModuleInfo);
}

/// <summary>Only the name: the cmdlets never read more of it.</summary>
public sealed class PSModuleInfo
{
    public string Name { get; init; } = "";
}
