using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Errors;

/// <summary>Input refused before sending is described with the parameters the user typed, not the client's field names.</summary>
public sealed class ParameterNameTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public ParameterNameTests(BatchShell shell) => _shell = shell;

    [Theory]
    [InlineData("New-BatchJob -Id 'bad id' -PoolId p", "NewBatchJobCommand", "-Id 'bad id' contains ' '; ids may contain only letters, digits, hyphens and underscores.")]
    [InlineData("Get-BatchJob -Id 'a/b'", "GetBatchJobCommand", "-Id 'a/b' contains '/'; ids may contain only letters, digits, hyphens and underscores.")]
    [InlineData("Get-BatchTask -JobId 'a b'", "GetBatchTaskCommand", "-JobId 'a b' contains ' '; ids may contain only letters, digits, hyphens and underscores.")]
    [InlineData("New-BatchTask -JobId j -Id 't.1' -CommandLine x", "NewBatchTaskCommand", "-Id 't.1' contains '.'; ids may contain only letters, digits, hyphens and underscores.")]
    [InlineData("New-BatchJob -Id j -PoolId p -JobReleaseTask @{ CommandLine = 'x' }", "NewBatchJobCommand", "-JobReleaseTask needs a job preparation task too: the service refuses a job release task without one.")]
    [InlineData("New-BatchJob -Id j -PoolId p -MaxParallelTasks 0", "NewBatchJobCommand", "-MaxParallelTasks is 0; it must be -1 (no limit) or at least 1.")]
    [InlineData("Update-BatchJob -Id j -MaxParallelTasks 0", "UpdateBatchJobCommand", "-MaxParallelTasks is 0; it must be -1 (no limit) or at least 1.")]
    public void The_message_names_the_parameter_in_the_record_and_the_exception(string command, string cmdletClass, string message)
    {
        var result = _shell.Run(command);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchInvalidArgument,AzBatchJobs.Cmdlets.{cmdletClass}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(message, error.ToString());
        Assert.Equal(message, error.Exception.Message);
    }

    [Fact]
    public void A_piped_job_without_its_pool_names_the_job_parameter()
    {
        var id = BatchShell.NewId("nopool");

        var result = _shell.Run("""
            $job = New-BatchJob -Id $id -PoolId p
            $job.PoolInfo = $null
            $job | Set-BatchJob
            """, ("id", id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("-Job.PoolInfo is required when replacing a job (a full update removes what is not sent).", error.Exception.Message);
    }
}
