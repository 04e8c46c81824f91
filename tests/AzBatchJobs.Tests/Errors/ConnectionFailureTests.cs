using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Errors;

/// <summary>No answer at all (connection refused, a stopped emulator): one non-terminating error per input.</summary>
public sealed class ConnectionFailureTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public ConnectionFailureTests(BatchShell shell) => _shell = shell;

    // About 6 s per input: Azure.Core's default retries (3, exponential from 0.8 s) run before the error, as users get them.
    [Fact]
    public void A_refused_connection_is_one_ConnectionError_per_input_that_SilentlyContinue_silences()
    {
        var endpoint = CannedBatchService.RefusingEndpoint();
        var host = new Uri(endpoint).Authority;

        var result = _shell.Run("""
            $context = Connect-BatchAccount -Endpoint $endpoint -AccountName a -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force) -NoDefault
            'first', 'second' | ForEach-Object { Get-BatchJob -Id $_ -Context $context -ErrorAction SilentlyContinue -ErrorVariable +failures }
            'the pipeline went on'
            $failures
            """, ("endpoint", endpoint));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Equal("the pipeline went on", result.Lines[0]);
        var failures = result.Objects.OfType<ErrorRecord>().ToList();
        Assert.Equal(new object[] { "first", "second" }, failures.Select(f => f.TargetObject));
        Assert.All(failures, failure =>
        {
            Assert.Equal("BatchConnectionFailed,AzBatchJobs.Cmdlets.GetBatchJobCommand", failure.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ConnectionError, failure.CategoryInfo.Category);
            Assert.StartsWith($"Could not connect to the Batch service at {host}: ", failure.Exception.Message);
            Assert.EndsWith("(4 attempts).", failure.Exception.Message);
            Assert.DoesNotContain("ClientOptions", failure.ToString());
        });
    }
}
