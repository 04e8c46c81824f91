using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Jobs and job ids through the pipeline, and -Id patterns (issue 10, items 2 and 4).</summary>
public sealed class JobPipelineTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobPipelineTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Get_Help_example_2_of_Get_BatchTaskCount_runs_verbatim_one_count_per_active_job()
    {
        var prefix = BatchShell.NewId("counts");
        var result = _shell.Run("""
            1..2 | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId pool1 | Out-Null }
            Get-BatchJob -Filter "state eq 'active'" | Get-BatchTaskCount
            """, ("prefix", prefix)).AssertSucceeded();

        var mine = result.Output.Where(o => ((string)o.Get("JobId")!).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, counts => Assert.Equal(0, counts.Get("TaskCounts.Active")));
        Assert.All(result.Output, o => Assert.Equal("AzBatchJobs.Client.Models.BatchTaskCountsResult", o.BaseObject.GetType().FullName));
    }

    [Fact]
    public void Piped_jobs_get_their_preparation_and_release_task_status()
    {
        var id = BatchShell.NewId("prep");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -JobPreparationTask @{ CommandLine = 'hostname' } | Out-Null
            New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Wait-BatchTask -Timeout 30 | Out-Null
            Get-BatchJob -Id $id | Get-BatchJobPreparationAndReleaseTaskStatus
            """, ("id", id)).AssertSucceeded();

        var status = Assert.Single(result.Output);
        Assert.Equal(id, status.Get("JobId"));
        Assert.Equal("completed", status.Get("JobPreparationTaskExecutionInfo.State"));
    }

    [Fact]
    public void Counts_still_bind_a_job_id_by_position_by_name_and_from_a_piped_objects_JobId()
    {
        var id = BatchShell.NewId("bind");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            (Get-BatchTaskCount $id).JobId
            (Get-BatchTaskCount -JobId $id).JobId
            ([pscustomobject]@{ JobId = $id } | Get-BatchTaskCount).JobId
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { id, id, id }, result.Lines);
    }

    [Fact]
    public void A_job_without_a_preparation_task_gives_the_services_conflict_as_InvalidOperation()
    {
        var id = BatchShell.NewId("noprep");
        var result = _shell.Run("New-BatchJob -Id $id -PoolId pool1 | Get-BatchJobPreparationAndReleaseTaskStatus", ("id", id));
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobPreparationTaskNotSpecified,AzBatchJobs.Cmdlets.GetBatchJobPreparationAndReleaseTaskStatusCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Fact]
    public void Ids_piped_as_strings_are_each_read_and_a_missing_one_is_an_error_for_that_id_only()
    {
        var prefix = BatchShell.NewId("ids");
        var result = _shell.Run("""
            New-BatchJob -Id "$prefix-a" -PoolId pool1 | Out-Null
            New-BatchJob -Id "$prefix-b" -PoolId pool1 | Out-Null
            "$prefix-a", "$prefix-missing", "$prefix-b" | Get-BatchJob | ForEach-Object Id
            """, ("prefix", prefix));

        Assert.Equal(new[] { $"{prefix}-a", $"{prefix}-b" }, result.Lines);
        Assert.Equal($"{prefix}-missing", Assert.Single(result.Errors).TargetObject);
    }

    [Fact]
    public void A_wildcard_id_lists_by_the_literal_prefix_on_the_service_and_matches_the_rest_here()
    {
        var prefix = BatchShell.NewId("nightly");
        var result = _shell.Run("""
            'x1', 'x2', 'y1' | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId pool1 | Out-Null }
            (Get-BatchJob -Id "$prefix-x*" -Verbose).Id | Sort-Object
            '---'
            (Get-BatchJob -Id "*$($prefix.Substring(8))-?1").Id | Sort-Object
            """, ("prefix", prefix)).AssertSucceeded();

        Assert.Equal(new[] { $"{prefix}-x1", $"{prefix}-x2", "---", $"{prefix}-x1", $"{prefix}-y1" }, result.Lines);
        var listing = Assert.Single(result.Requests("GET"), r => r.Contains("$filter"));
        Assert.Contains(Uri.EscapeDataString($"startswith(id,'{prefix}-x')"), listing, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_wildcard_that_matches_nothing_writes_nothing_and_no_error()
    {
        var result = _shell.Run("Get-BatchJob -Id 'no-such-prefix-*'; 'after'").AssertSucceeded();
        Assert.Equal(new[] { "after" }, result.Lines);
    }
}
