namespace AzBatchJobs.Tests.Static;

/// <summary>The conventions PowerShell users rely on, checked over the built module's metadata.</summary>
public sealed class CmdletConventionTests : IClassFixture<ModuleMetadata>
{
    // PowerShell's approved verbs (Get-Verb).
    private static readonly HashSet<string> ApprovedVerbs = new(StringComparer.Ordinal)
    {
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move",
        "New", "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select",
        "Set", "Show", "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch",
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit",
        "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore",
        "Save", "Sync", "Unpublish", "Update",
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install",
        "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall",
        "Unregister", "Wait",
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",
        "Use",
    };

    // Verbs whose cmdlets only read or wait; every other verb changes something.
    private static readonly HashSet<string> ReadOnlyVerbs = new(StringComparer.Ordinal) { "Get", "Wait", "Connect", "Test", "Find", "Search" };

    // Cmdlets that only compute a value here (a command line) and touch neither a service nor a process.
    private static readonly HashSet<string> LocalOnlyNouns = new(StringComparer.Ordinal) { "BatchTestCommandLine" };

    // Nouns may end in "s" only through these singular words.
    private static readonly string[] SingularEndingsInS = { "Status" };

    private readonly ModuleMetadata _module;

    public CmdletConventionTests(ModuleMetadata module) => _module = module;

    [Fact]
    public void The_module_exports_cmdlets() => Assert.NotEmpty(_module.Cmdlets);

    [Fact]
    public void Every_verb_is_approved() =>
        AssertNone(_module.Cmdlets.Where(c => !ApprovedVerbs.Contains(c.Verb)), c => $"{c.Name}: '{c.Verb}' is not an approved verb");

    [Fact]
    public void Every_noun_is_singular_and_prefixed_Batch() =>
        AssertNone(
            _module.Cmdlets.Where(c => !c.Noun.StartsWith("Batch", StringComparison.Ordinal)
                || (c.Noun.EndsWith('s') && !SingularEndingsInS.Any(e => c.Noun.EndsWith(e, StringComparison.Ordinal)))),
            c => $"{c.Name}: the noun must be singular and start with Batch");

    [Fact]
    public void Every_cmdlet_that_changes_state_supports_ShouldProcess() =>
        AssertNone(_module.Cmdlets.Where(c => !ReadOnlyVerbs.Contains(c.Verb) && !LocalOnlyNouns.Contains(c.Noun) && !c.SupportsShouldProcess),
            c => $"{c.Name} changes state but does not declare SupportsShouldProcess");

    [Fact]
    public void Remove_and_Stop_have_high_impact_and_Force() =>
        AssertNone(
            _module.Cmdlets.Where(c => c.Verb is "Remove" or "Stop" && c.Noun != "BatchEmulator"
                && (c.ConfirmImpact != 3 || c.Parameters.All(p => p.Name != "Force"))),
            c => $"{c.Name}: Remove and Stop need ConfirmImpact High and a -Force switch");

    [Fact]
    public void Every_cmdlet_declares_OutputType() =>
        AssertNone(_module.Cmdlets.Where(c => c.OutputTypes.Count == 0), c => $"{c.Name} has no [OutputType]");

    [Fact]
    public void Every_cmdlet_class_is_sealed_and_named_after_the_cmdlet() =>
        AssertNone(_module.Cmdlets.Where(c => !c.Type.IsSealed || c.Type.Name != c.Verb + c.Noun + "Command"),
            c => $"{c.Type.Name} should be a sealed class named {c.Verb}{c.Noun}Command");

    [Fact]
    public void Every_cmdlet_except_Connect_takes_Context() =>
        AssertNone(_module.Cmdlets.Where(c => c.Noun != "BatchAccount" && c.Noun != "BatchEmulator" && !LocalOnlyNouns.Contains(c.Noun) && c.Parameters.All(p => p.Name != "Context")),
            c => $"{c.Name} has no -Context");

    internal static void AssertNone<T>(IEnumerable<T> violations, Func<T, string> describe)
    {
        var messages = violations.Select(describe).ToList();
        Assert.True(messages.Count == 0, string.Join(Environment.NewLine, messages));
    }
}
