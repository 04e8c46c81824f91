using System.Text.Json;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>ConvertTo-Json of what the cmdlets write: states and enums as their wire strings (issue 10, item 14).</summary>
public sealed class JobJsonOutputTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobJsonOutputTests(BatchShell shell) => _shell = shell;

    private static JsonElement Json(ShellResult result) => JsonDocument.Parse(result.Lines.Single()).RootElement;

    [Fact]
    public void A_job_converts_with_its_state_and_settings_as_strings()
    {
        var id = BatchShell.NewId("json");
        var json = Json(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -OnAllTasksComplete TerminateJob -OnTaskFailure PerformExitOptionsJobAction | ConvertTo-Json -Compress
            """, ("id", id)).AssertSucceeded());

        Assert.Equal("active", json.GetProperty("State").GetString());
        Assert.Equal("terminatejob", json.GetProperty("OnAllTasksComplete").GetString());
        Assert.Equal("performexitoptionsjobaction", json.GetProperty("OnTaskFailure").GetString());
    }

    [Fact]
    public void A_finished_task_converts_with_its_state_and_result_as_strings()
    {
        var id = BatchShell.NewId("jsontask");
        var json = Json(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Wait-BatchTask -Timeout 30 | ConvertTo-Json -Compress -Depth 3
            """, ("id", id)).AssertSucceeded());

        Assert.Equal("completed", json.GetProperty("State").GetString());
        Assert.Equal("success", json.GetProperty("ExecutionInfo").GetProperty("Result").GetString());
    }

    [Fact]
    public void A_list_of_enum_values_converts_as_strings()
    {
        var id = BatchShell.NewId("jsonaccess");
        var json = Json(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            New-BatchTask -JobId $id -Id t1 -CommandLine hostname -AuthenticationTokenSettings @{ Access = 'Job' } | Out-Null
            (Get-BatchTask -JobId $id -Id t1).AuthenticationTokenSettings | ConvertTo-Json -Compress
            """, ("id", id)).AssertSucceeded());

        Assert.Equal("job", Assert.Single(json.GetProperty("Access").EnumerateArray()).GetString());
    }

    [Fact]
    public void A_wait_result_converts_with_the_job_state_as_a_string()
    {
        var id = BatchShell.NewId("jsonwait");
        var json = Json(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            Wait-BatchJob -Id $id -Timeout 10 | ConvertTo-Json -Compress
            """, ("id", id)).AssertSucceeded());

        Assert.Equal("active", json.GetProperty("State").GetString());
        Assert.True(json.GetProperty("Succeeded").GetBoolean());
    }

    [Fact]
    public void The_bulk_outcome_converts_with_its_status_by_name()
    {
        var id = BatchShell.NewId("jsonbulk");
        var json = Json(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            @{ Id = 't1'; CommandLine = 'hostname' } | Add-BatchTaskCollection -JobId $id | ConvertTo-Json -Compress
            """, ("id", id)).AssertSucceeded());

        Assert.Equal("Added", json.GetProperty("Status").GetString());
    }
}
