using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Enable-BatchTask, the name Az.Batch users know for reactivation (issue 10, item 23).</summary>
public sealed class EnableBatchTaskAliasTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public EnableBatchTaskAliasTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void The_module_exports_Enable_BatchTask_as_an_alias_of_Invoke_BatchTaskReactivate()
    {
        var result = _shell.RunUnconnected("""
            $alias = Get-Command Enable-BatchTask
            $alias.CommandType
            $alias.ResolvedCommand.Name
            $alias.Source
            """).AssertSucceeded();
        Assert.Equal(new[] { "Alias", "Invoke-BatchTaskReactivate", "AzBatchJobs" }, result.Lines);
    }

    [Fact]
    public void Failed_tasks_piped_to_Enable_BatchTask_run_again()
    {
        var id = BatchShell.NewId("enable");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            $first = New-BatchTask -JobId $id -Id bad -CommandLine no-such-program-anywhere | Wait-BatchTask -Timeout 30
            Get-BatchTask -JobId $id -Filter "executionInfo/result eq 'failure'" | Enable-BatchTask
            $second = Get-BatchTask -JobId $id -Id bad | Wait-BatchTask -Timeout 30
            $second.ExecutionInfo.EndTime -gt $first.ExecutionInfo.EndTime
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "True" }, result.Lines);
    }
}
