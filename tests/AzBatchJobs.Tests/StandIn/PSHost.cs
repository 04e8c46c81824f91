namespace System.Management.Automation.Host;

/// <summary>Only the host's user interface, and of it only the warning line a stopped cmdlet writes.</summary>
public abstract class PSHost
{
    public abstract PSHostUserInterface? UI { get; }
}

public abstract class PSHostUserInterface
{
    public abstract void WriteWarningLine(string message);
}
