using System.Text;
using System.Text.Json;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>The add-collection answer, read as the models read it: what the engine uses, with the models' type rules.</summary>
public class TaskAddResultReaderTests
{
    private static List<TaskAddItemResult> Read(string json) => TaskAddResultReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_each_task_status_error_and_time_and_skips_what_it_does_not_use()
    {
        var results = Read("""
            {"odata.metadata":"https://x/$metadata#taskaddresult","value":[
              {"status":"success","taskId":"a","eTag":"0x1","lastModified":"2026-11-21T10:00:00.1234567Z","location":"https://x/jobs/j/tasks/a"},
              {"status":"ClientError","taskId":"b","error":{"code":"TaskExists","message":{"lang":"en-US","value":"The specified task already exists."},"values":[{"key":"k","value":"v"}]}},
              {"status":"servererror","taskId":"c","error":{"code":"ServerBusy","message":null}},
              {"status":"somethingnew","taskId":"d","extra":{"nested":[1,2,{"x":null}]}},
              {"status":"success","error":null},
              null
            ]}
            """);

        Assert.Equal(new[] { "a", "b", "c", "d" }, results.Select(r => r.TaskId));
        Assert.Equal(new[] { TaskAddItemStatus.Success, TaskAddItemStatus.ClientError, TaskAddItemStatus.ServerError, TaskAddItemStatus.ServerError },
            results.Select(r => r.Status));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), results[0].LastModified);
        Assert.Null(results[0].ErrorCode);
        Assert.Equal("TaskExists", results[1].ErrorCode);
        Assert.Equal("The specified task already exists.", results[1].ErrorMessage);
        Assert.Equal("ServerBusy", results[2].ErrorCode);
        Assert.Null(results[2].ErrorMessage);
    }

    [Theory]
    [InlineData("""{"value":null}""")]
    [InlineData("""{}""")]
    [InlineData("""{"value":[]}""")]
    public void An_answer_without_items_has_no_results(string json) => Assert.Empty(Read(json));

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"value":{}}""")]
    [InlineData("""{"value":[1]}""")]
    [InlineData("""{"value":[{"taskId":7}]}""")]
    [InlineData("""{"value":[{"taskId":"a","status":true}]}""")]
    [InlineData("""{"value":[{"taskId":"a","lastModified":"yesterday"}]}""")]
    [InlineData("""{"value":[{"taskId":"a","error":"TaskExists"}]}""")]
    [InlineData("""{"value":[{"taskId":"a","error":{"message":"text"}}]}""")]
    [InlineData("""{"value":[{"taskId":"a"}""")]
    [InlineData("""not json""")]
    public void A_malformed_answer_is_a_json_error(string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(json));
}
