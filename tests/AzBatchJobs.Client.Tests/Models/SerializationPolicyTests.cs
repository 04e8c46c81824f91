using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Models;

public sealed class SerializationPolicyTests
{
    [Fact]
    public void Nulls_and_empty_collections_are_not_written()
    {
        var task = new BatchTaskCreateOptions { Id = "t1", CommandLine = "echo hi" };

        Assert.Equal("""{"id":"t1","commandLine":"echo hi"}""", BatchJson.Serialize(task));
    }

    [Fact]
    public void Unknown_properties_are_ignored_at_any_depth()
    {
        var job = WireJson.Read<BatchJob>("""
            {"id":"j","futureFlag":true,"futureObject":{"a":[1,2,{"b":null}]},
             "constraints":{"maxTaskRetryCount":2,"futureLimit":"PT1H"},
             "metadata":[{"name":"n","value":"v","futureField":1}]}
            """);

        Assert.Equal("j", job.Id);
        Assert.Equal(2, job.Constraints!.MaxTaskRetryCount);
        Assert.Equal("v", job.Metadata[0].Value);
        Assert.DoesNotContain("future", BatchJson.Serialize(job), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_json_null_collection_leaves_an_empty_collection()
    {
        var task = WireJson.Read<BatchTask>("""{"id":"t","resourceFiles":null,"environmentSettings":null}""");

        Assert.NotNull(task.ResourceFiles);
        Assert.Empty(task.ResourceFiles);
        Assert.Empty(task.EnvironmentSettings);
    }

    [Fact]
    public void Update_options_send_only_what_is_set()
    {
        var update = new BatchJobUpdateOptions { Priority = 500 };

        Assert.Equal("""{"priority":500}""", BatchJson.Serialize(update));
    }

    [Fact]
    public void Update_options_send_an_empty_metadata_list_because_it_clears_the_metadata()
    {
        var update = new BatchJobUpdateOptions { Metadata = [] };

        Assert.Equal("""{"metadata":[]}""", BatchJson.Serialize(update));
    }

    [Fact]
    public void Job_and_task_ids_set_by_the_client_are_not_on_the_wire()
    {
        var task = WireJson.Read<BatchTask>("""{"id":"t","jobId":"ignored"}""");
        Assert.Null(task.JobId);

        task.JobId = "job-1";
        var subtask = new BatchSubtask { Id = 1, JobId = "job-1", TaskId = "t" };
        var file = new BatchNodeFile { Name = "stdout.txt", JobId = "job-1", TaskId = "t" };

        Assert.Equal("""{"id":"t"}""", BatchJson.Serialize(task));
        Assert.Equal("""{"id":1}""", BatchJson.Serialize(subtask));
        Assert.Equal("""{"name":"stdout.txt"}""", BatchJson.Serialize(file));
    }

    [Fact]
    public void String_encoded_64_bit_counters_read_from_strings_or_numbers_and_write_as_strings()
    {
        var fromString = WireJson.Read<BatchTaskStatistics>("""{"readIOps":"9007199254740993"}""");
        var fromNumber = WireJson.Read<BatchTaskStatistics>("""{"readIOps":42}""");

        Assert.Equal(9007199254740993L, fromString.ReadIops);
        Assert.Equal(42L, fromNumber.ReadIops);
        Assert.Equal("""{"readIOps":"42"}""", BatchJson.Serialize(fromNumber));
    }

    [Fact]
    public void Dates_read_as_DateTimeOffset_in_utc()
    {
        var task = WireJson.Read<BatchTask>("""{"id":"t","creationTime":"2016-11-21T22:43:31.4733476Z"}""");

        Assert.Equal(TimeSpan.Zero, task.CreationTime!.Value.Offset);
        Assert.Equal(new DateTime(2016, 11, 21, 22, 43, 31, DateTimeKind.Utc).AddTicks(4733476), task.CreationTime.Value.UtcDateTime);
    }

    [Fact]
    public void Malformed_json_is_a_JsonException_with_the_position()
    {
        var error = Assert.Throws<JsonException>(() => BatchJson.Deserialize<BatchJob>("""{"id":"j","priority":"high"}"""));

        Assert.Equal("$.priority", error.Path);
        Assert.Contains("$.priority", error.Message);
    }

    [Fact]
    public void The_shared_options_are_frozen_so_no_caller_can_change_the_wire_format()
    {
        Assert.True(BatchJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => BatchJson.Options.WriteIndented = true);
    }

    [Fact]
    public void Error_bodies_read_code_message_and_detail_values()
    {
        var error = WireJson.RoundTrip<BatchError>("""
            {"code":"TaskExists","message":{"lang":"en-US","value":"The specified task already exists.\nRequestId:abc"},
             "values":[{"key":"RequestId","value":"abc"},{"key":"Reason","value":"duplicate"}]}
            """);

        Assert.Equal("TaskExists", error.Code);
        Assert.Equal("en-US", error.Message!.Lang);
        Assert.StartsWith("The specified task already exists.", error.Message.Value);
        Assert.Equal(["RequestId", "Reason"], error.Values.Select(v => v.Key));
    }

    [Fact]
    public void A_failed_task_in_a_collection_result_carries_its_batch_error()
    {
        var result = WireJson.RoundTrip<BatchTaskAddCollectionResult>("""
            {"value":[{"taskId":"t9","status":"clienterror","error":{"code":"TaskExists","message":{"lang":"en-US","value":"exists"}}},
                      {"taskId":"t10","status":"servererror"}]}
            """);

        Assert.Equal(BatchTaskAddStatus.ClientError, result.Value[0].Status);
        Assert.Equal("TaskExists", result.Value[0].Error!.Code);
        Assert.Equal(BatchTaskAddStatus.ServerError, result.Value[1].Status);
    }
}
