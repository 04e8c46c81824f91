using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AzBatchJobs.Tests.Shell;

/// <summary>A non-interactive host that keeps what is written to its UI, as a console would show it.</summary>
internal sealed class ShellHost : PSHost
{
    private readonly ShellHostUserInterface _ui = new();

    public IEnumerable<string> Lines => _ui.Lines;

    public override string Name => "AzBatchJobs.Tests";

    public override Version Version { get; } = new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => _ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode)
    {
    }

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    private sealed class ShellHostUserInterface : PSHostUserInterface
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IEnumerable<string> Lines => _lines;

        public override PSHostRawUserInterface? RawUI => null;

        public override void Write(string value) => _lines.Enqueue(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _lines.Enqueue(value);

        public override void WriteLine(string value) => _lines.Enqueue(value);

        public override void WriteErrorLine(string value) => _lines.Enqueue("ERROR: " + value);

        public override void WriteDebugLine(string message) => _lines.Enqueue("DEBUG: " + message);

        public override void WriteVerboseLine(string message) => _lines.Enqueue("VERBOSE: " + message);

        public override void WriteWarningLine(string message) => _lines.Enqueue("WARNING: " + message);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override string ReadLine() => throw new NotSupportedException("The test host is not interactive.");

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The test host is not interactive.");

        public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("The test host is not interactive.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("The test host is not interactive.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("The test host is not interactive.");

        public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> descriptions, int defaultChoice) =>
            throw new NotSupportedException("The test host is not interactive.");
    }
}
