using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New-BatchJobSchedule from REST-shaped JSON, and ConvertTo-BatchJson of a schedule back, as a user types them.</summary>
public sealed class JsonJobScheduleCmdletTests : IClassFixture<BatchShell>, IDisposable
{
    private const string NewJobSchedule = "AzBatchJobs.Cmdlets.NewBatchJobScheduleCommand";
    private readonly BatchShell _shell;
    private readonly string _folder = Directory.CreateTempSubdirectory("azbj-json-schedule-").FullName;

    public JsonJobScheduleCmdletTests(BatchShell shell) => _shell = shell;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_schedule_is_copied_through_ConvertTo_BatchJson_and_JsonFile_with_the_parameters_winning()
    {
        var (original, copy) = (BatchShell.NewId("sched"), BatchShell.NewId("copy"));
        var result = _shell.Run("""
            Set-Location $folder
            New-BatchJobSchedule -Id $original -JobSpecification @{ PoolInfo = @{ PoolId = 'pool1' }; Priority = 300 } -RecurrenceInterval 7200 -DoNotRunUntil '2099-01-01T00:00:00Z' | Out-Null
            Get-BatchJobSchedule -Id $original | ConvertTo-BatchJson | Set-Content schedule.json
            $made = New-BatchJobSchedule -JsonFile schedule.json -Id $copy -DisplayName 'the copy'
            $made.Id; $made.DisplayName; $made.JobSpecification.Priority; $made.JobSpecification.PoolInfo.PoolId
            "$($made.Schedule.RecurrenceInterval)"; $made.Schedule.DoNotRunUntil.Year
            $timed = New-BatchJobSchedule -Json (Get-Content schedule.json -Raw) -Id "$copy-timed" -RecurrenceInterval 3600
            "$($timed.Schedule.RecurrenceInterval)"; $null -eq $timed.Schedule.DoNotRunUntil
            """, ("folder", _folder), ("original", original), ("copy", copy)).AssertSucceeded();

        Assert.Equal(new[] { copy, "the copy", "300", "pool1", "02:00:00", "2099", "01:00:00", "True" }, result.Lines);
    }

    [Fact]
    public void An_invalid_schedule_definition_names_the_path_and_creates_nothing()
    {
        var id = BatchShell.NewId("badsched");
        var result = _shell.Run("""
            New-BatchJobSchedule -Json ('{ "id": "' + $id + '", "schedule": { "recurrenceInterval": 5 }, "jobSpecification": { "poolInfo": { "poolId": "p" }, "priorty": 1 } }')
            Get-BatchJobSchedule -Filter "id eq '$id'"
            """, ("id", id));

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"InvalidBatchJson,{NewJobSchedule}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        var lines = error.ToString().Split(Environment.NewLine);
        Assert.StartsWith("-Json: schedule.recurrenceInterval: ", lines[0]);
        Assert.StartsWith("-Json: jobSpecification.priorty: is not a property of BatchJobSpecification", lines[1]);
    }

    [Fact]
    public void PoolId_is_not_taken_with_Json_before_anything_is_sent()
    {
        var id = BatchShell.NewId("poolsched");
        var result = _shell.Run("""
            New-BatchJobSchedule -Json ('{ "id": "' + $id + '", "schedule": {}, "jobSpecification": { "poolInfo": { "poolId": "p" } } }') -PoolId other
            Get-BatchJobSchedule -Filter "id eq '$id'"
            """, ("id", id));

        Assert.Empty(result.Output);
        Assert.StartsWith("AmbiguousParameterSet,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }
}
