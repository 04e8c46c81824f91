using Azure.Core;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

/// <summary>No request path can be folded by System.Uri into another resource's path.</summary>
public sealed class PathSegmentTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Every_id_that_goes_into_a_path_is_refused_when_it_is_a_dot_segment(string id)
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var errors = new[]
        {
            Assert.Throws<ArgumentException>(() => client.GetJob(id)),
            Assert.Throws<ArgumentException>(() => client.DeleteJob(id)),
            Assert.Throws<ArgumentException>(() => client.GetTask("jobId", id)),
            Assert.Throws<ArgumentException>(() => client.DeleteTask("jobId", id)),
            Assert.Throws<ArgumentException>(() => client.GetTaskFiles("jobId", id).GetEnumerator().MoveNext()),
            Assert.Throws<ArgumentException>(() => client.GetJobsFromSchedule(id).GetEnumerator().MoveNext()),
        };

        Assert.All(errors, error => Assert.Contains("ids may contain only letters, digits, hyphens and underscores", error.Message));
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public void The_message_builder_itself_refuses_a_dot_segment()
    {
        var pipeline = HttpPipelineBuilder.Build(new BatchClientOptions());

        var error = Assert.Throws<ArgumentException>(() => BatchMessageBuilder.Create(
            pipeline, TestClients.Endpoint, RequestMethod.Delete, "DeleteTaskFile", null, ConditionalSupport.None, "jobs", "j", "tasks", "t", "files", ".."));

        Assert.Contains("DeleteTaskFile", error.Message);
    }
}
