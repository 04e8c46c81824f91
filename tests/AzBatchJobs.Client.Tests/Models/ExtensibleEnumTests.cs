using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Models;

public sealed class ExtensibleEnumTests
{
    [Fact]
    public void Known_values_read_from_the_wire_equal_the_static_members()
    {
        var task = WireJson.Read<BatchTask>("""{"id":"t","state":"running","previousState":"preparing"}""");

        Assert.Equal(BatchTaskState.Running, task.State);
        Assert.Equal(BatchTaskState.Preparing, task.PreviousState);
        Assert.True(task.State == BatchTaskState.Running);
        Assert.False(task.State != BatchTaskState.Running);
    }

    [Fact]
    public void A_value_added_by_a_newer_service_version_survives_a_round_trip()
    {
        var job = WireJson.Read<BatchJob>("""{"id":"j","state":"hibernating","onAllTasksComplete":"archivejob"}""");

        Assert.Equal("hibernating", job.State);
        Assert.False(job.State == BatchJobState.Active);
        JsonElement written = WireJson.Write(job);
        Assert.Equal("hibernating", written.GetProperty("state").GetString());
        Assert.Equal("archivejob", written.GetProperty("onAllTasksComplete").GetString());
    }

    [Fact]
    public void Equality_ignores_case_and_strings_convert_implicitly()
    {
        BatchJobState fromUser = "Active";

        Assert.Equal(BatchJobState.Active, fromUser);
        Assert.Equal(BatchJobState.Active.GetHashCode(), fromUser.GetHashCode());
        Assert.Equal("Active", fromUser.ToString());
        Assert.Equal("active", BatchJobState.Active.ToString());
        Assert.Equal("terminatejob", BatchAllTasksCompleteMode.TerminateJob.ToString());
        Assert.Contains((BatchTaskState)"COMPLETED", new HashSet<BatchTaskState> { BatchTaskState.Completed });
    }

    [Theory]
    [InlineData("TerminateJob", "terminatejob")]
    [InlineData("TERMINATEJOB", "terminatejob")]
    [InlineData("archivejob", "archivejob")]
    public void A_value_set_by_the_user_is_written_in_the_services_spelling_when_known_else_as_given(string given, string written)
    {
        var options = new BatchJobUpdateOptions { OnAllTasksComplete = given };

        Assert.Equal($$"""{"onAllTasksComplete":"{{written}}"}""", BatchJson.Serialize(options));
    }

    [Fact]
    public void Model_properties_hold_the_wire_string_and_compare_with_the_known_values()
    {
        var options = new BatchJobCreateOptions { OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob };

        Assert.Equal("terminatejob", options.OnAllTasksComplete);
        Assert.True(options.OnAllTasksComplete == BatchAllTasksCompleteMode.TerminateJob);
        Assert.True(new BatchJob().State != BatchJobState.Active);
    }

    [Theory]
    [InlineData("terminatejob", "terminatejob")]
    [InlineData("TerminateJob", "terminatejob")]
    [InlineData(" noaction", null)]
    [InlineData("archivejob", null)]
    public void Parse_takes_a_known_value_or_member_name_in_any_case_and_refuses_the_rest_listing_the_valid_values(string typed, string? parsed)
    {
        if (parsed is not null)
        {
            Assert.Equal(parsed, BatchAllTasksCompleteMode.Parse(typed).ToString());
            return;
        }
        var error = Assert.Throws<FormatException>(() => BatchAllTasksCompleteMode.Parse(typed));
        Assert.Equal($"'{typed}' is not a valid BatchAllTasksCompleteMode. Valid values: NoAction, TerminateJob.", error.Message);
    }

    [Fact]
    public void Parse_knows_member_names_that_differ_from_the_wire_value()
    {
        Assert.Equal("standard_lrs", StorageAccountType.Parse("StandardLRS").ToString());
        Assert.Equal("standard_lrs", StorageAccountType.Parse("Standard_LRS").ToString());
        Assert.Equal(new[] { "StandardLRS", "PremiumLRS", "StandardSSDLRS" }, ExtensibleEnum.Names<StorageAccountType>());
    }

    [Fact]
    public void The_default_value_is_empty_and_a_null_value_is_refused()
    {
        Assert.Equal(string.Empty, default(BatchTaskState).ToString());
        Assert.NotEqual(BatchTaskState.Active, default);
        var error = Assert.Throws<ArgumentNullException>(() => new BatchTaskState(null!));
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void A_non_string_enum_value_is_rejected_naming_the_type_and_the_field()
    {
        var error = Assert.Throws<JsonException>(() => BatchJson.Deserialize<BatchTask>("""{"id":"t","state":3}"""));

        Assert.Contains("BatchTaskState", error.Message);
        Assert.Contains("$.state", error.Message);
    }

    [Fact]
    public void Enum_collections_read_and_write_their_wire_values()
    {
        var settings = WireJson.RoundTrip<AuthenticationTokenSettings>("""{"access":["job","pool"]}""");

        Assert.Equal(BatchAccessScope.Job, settings.Access[0]);
        Assert.Equal("pool", settings.Access[1].ToString());
    }
}
