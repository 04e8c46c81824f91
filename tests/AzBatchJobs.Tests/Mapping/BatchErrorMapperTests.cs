using System.Management.Automation;
using AzBatchJobs.Client;

namespace AzBatchJobs.Tests.Mapping;

public sealed class BatchErrorMapperTests
{
    [Theory]
    [InlineData(400, "InvalidPropertyValue", ErrorCategory.InvalidArgument)]
    [InlineData(401, "AuthenticationFailed", ErrorCategory.AuthenticationError)]
    [InlineData(403, "InsufficientAccountPermissions", ErrorCategory.PermissionDenied)]
    [InlineData(404, "JobNotFound", ErrorCategory.ObjectNotFound)]
    [InlineData(409, "JobExists", ErrorCategory.ResourceExists)]
    [InlineData(409, "TaskAlreadyExists", ErrorCategory.ResourceExists)]
    [InlineData(409, "JobNotActive", ErrorCategory.InvalidOperation)]
    [InlineData(412, "ConditionNotMet", ErrorCategory.InvalidOperation)]
    [InlineData(429, "TooManyRequests", ErrorCategory.LimitsExceeded)]
    [InlineData(500, "InternalError", ErrorCategory.ConnectionError)]
    [InlineData(503, "ServerBusy", ErrorCategory.ConnectionError)]
    public void The_category_follows_the_status_and_code(int status, string code, ErrorCategory expected) =>
        Assert.Equal(expected, BatchErrorMapper.ToErrorRecord(Service(status, code), "target").CategoryInfo.Category);

    [Fact]
    public void The_record_carries_the_code_as_id_the_target_and_the_service_details()
    {
        var values = new Dictionary<string, string> { ["Reason"] = "The job is being deleted" };
        var exception = new BatchServiceException(409, "JobBeingDeleted", "The specified job has been marked for deletion.\nRequestId:abc\nTime:2026-01-01", values, "req-1", "client-1");
        var record = BatchErrorMapper.ToErrorRecord(exception, "job1");
        Assert.Equal("JobBeingDeleted", record.FullyQualifiedErrorId);
        Assert.Equal("job1", record.TargetObject);
        Assert.Same(exception, record.Exception);
        var text = record.ToString();
        Assert.StartsWith("The specified job has been marked for deletion. (HTTP 409, Batch error JobBeingDeleted)", text);
        Assert.Contains("Reason: The job is being deleted.", text);
        Assert.Contains("request-id: req-1", text);
        Assert.Contains("client-request-id: client-1", text);
    }

    [Fact]
    public void A_response_without_a_code_gets_a_stable_id_from_the_status()
    {
        var record = BatchErrorMapper.ToErrorRecord(new BatchServiceException(502, null, "Bad gateway", null, null, null), null);
        Assert.Equal("BatchHttp502", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, record.CategoryInfo.Category);
    }

    [Fact]
    public void Failures_outside_the_service_map_to_their_own_categories()
    {
        Assert.Equal(ErrorCategory.ConnectionError, BatchErrorMapper.ToErrorRecord(new Azure.RequestFailedException("connection refused"), null).CategoryInfo.Category);
        Assert.Equal(ErrorCategory.InvalidArgument, BatchErrorMapper.ToErrorRecord(new ArgumentException("jobId is required"), null).CategoryInfo.Category);
        Assert.Equal(ErrorCategory.AuthenticationError, BatchErrorMapper.ToErrorRecord(new Azure.Identity.AuthenticationFailedException("no token"), null).CategoryInfo.Category);
        Assert.False(BatchErrorMapper.IsBatchFailure(new NullReferenceException()));
    }

    private static BatchServiceException Service(int status, string code) => new(status, code, "message", null, "rid", "crid");
}
