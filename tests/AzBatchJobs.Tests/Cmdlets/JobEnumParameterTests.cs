using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Enum-like parameters: any case, checked before sending, tab-completed (issue 10, item 11).</summary>
public sealed class JobEnumParameterTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobEnumParameterTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Values_typed_in_any_case_reach_the_service_in_its_spelling()
    {
        var (created, updated) = (BatchShell.NewId("enums"), BatchShell.NewId("enumsupdate"));
        var result = _shell.Run("""
            New-BatchJob -Id $created -PoolId pool1 -OnAllTasksComplete TerminateJob -OnTaskFailure PerformExitOptionsJobAction | Out-Null
            Disable-BatchJob -Id $created -DisableTasks rEqUeUe
            New-BatchJob -Id $updated -PoolId pool1 -OnAllTasksComplete noAction | Out-Null
            Update-BatchJob -Id $updated -OnAllTasksComplete TERMINATEJOB
            Get-BatchJob -Id $created, $updated
            """, ("created", created), ("updated", updated)).AssertSucceeded();

        var (job, patched) = (result.Output[0], result.Output[1]);
        Assert.Equal("terminatejob", job.Get("OnAllTasksComplete"));
        Assert.Equal("performexitoptionsjobaction", job.Get("OnTaskFailure"));
        Assert.Contains(job.Get("State"), new object[] { "disabled", "disabling" });
        Assert.Equal("terminatejob", patched.Get("OnAllTasksComplete"));
    }

    [Theory]
    [InlineData("New-BatchJob -Id x -PoolId p -OnAllTasksComplete Later", "OnAllTasksComplete", "NoAction, TerminateJob", "AzBatchJobs.Cmdlets.NewBatchJobCommand")]
    [InlineData("New-BatchJob -Id x -PoolId p -OnTaskFailure Retry", "OnTaskFailure", "NoAction, PerformExitOptionsJobAction", "AzBatchJobs.Cmdlets.NewBatchJobCommand")]
    [InlineData("Update-BatchJob -Id x -OnAllTasksComplete Later", "OnAllTasksComplete", "NoAction, TerminateJob", "AzBatchJobs.Cmdlets.UpdateBatchJobCommand")]
    [InlineData("Disable-BatchJob -Id x -DisableTasks Later", "DisableTasks", "Requeue, Terminate, Wait", "AzBatchJobs.Cmdlets.DisableBatchJobCommand")]
    public void An_unknown_value_is_refused_at_binding_naming_the_parameter_and_the_valid_values(string command, string parameter, string valid, string cmdletClass)
    {
        var result = _shell.Run(command + " -Verbose");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"CannotConvertArgumentNoMessage,{cmdletClass}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains($"'{parameter}'", error.ToString());
        Assert.Contains($"Valid values: {valid}.", error.ToString());
        Assert.Empty(result.Verbose);
    }

    [Theory]
    [InlineData("New-BatchJob -OnAllTasksComplete ", "NoAction,TerminateJob")]
    [InlineData("New-BatchJob -OnAllTasksComplete t", "TerminateJob")]
    [InlineData("New-BatchJob -OnTaskFailure ", "NoAction,PerformExitOptionsJobAction")]
    [InlineData("Update-BatchJob -OnAllTasksComplete n", "NoAction")]
    [InlineData("Disable-BatchJob -Id j -DisableTasks ", "Requeue,Terminate,Wait")]
    public void Tab_completes_the_known_values(string line, string expected)
    {
        var result = _shell.RunUnconnected(
            "(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText -join ','",
            ("line", line)).AssertSucceeded();
        Assert.Equal(expected, result.Lines.Single());
    }
}
