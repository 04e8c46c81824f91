using System.Management.Automation.Host;

namespace AzBatchJobs.Tests.Harness;

/// <summary>A host whose UI records the warning lines written to it.</summary>
internal sealed class RecordingHost : PSHost
{
    public RecordingHost(RunResult result) => UI = new RecordingUserInterface(result);

    public override PSHostUserInterface UI { get; }

    private sealed class RecordingUserInterface : PSHostUserInterface
    {
        private readonly RunResult _result;

        public RecordingUserInterface(RunResult result) => _result = result;

        public override void WriteWarningLine(string message)
        {
            lock (_result.HostWarnings) _result.HostWarnings.Add(message);
        }
    }
}
