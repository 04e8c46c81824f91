namespace AzBatchJobs.Tests.Examples;

/// <summary>One example as the documentation shows it: where it is, its name there, and its code.</summary>
public sealed record DocumentedExample(string Source, string Title, string Code)
{
    /// <summary>"Get-BatchJob.md: One job", "README.md: From PowerShell", "about_AzBatchJobs: PIPELINES 2".</summary>
    public string Name => $"{Source}: {Title}";

    public override string ToString() => Name;
}
