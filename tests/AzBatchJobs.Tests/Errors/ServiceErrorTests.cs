using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Errors;

/// <summary>What a user sees when the service refuses a call: the error record's id, category, target and message.</summary>
public sealed class ServiceErrorTests : IClassFixture<BatchShell>
{
    private const string ConnectTo = "$context = Connect-BatchAccount -Endpoint $endpoint -AccountName a -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force) -NoDefault";
    private readonly BatchShell _shell;

    public ServiceErrorTests(BatchShell shell) => _shell = shell;

    [Theory]
    [InlineData(400, "InvalidPropertyValue", ErrorCategory.InvalidArgument)]
    [InlineData(401, "AuthenticationFailed", ErrorCategory.AuthenticationError)]
    [InlineData(403, "InsufficientAccountPermissions", ErrorCategory.PermissionDenied)]
    [InlineData(409, "JobExists", ErrorCategory.ResourceExists)]
    [InlineData(409, "TaskAlreadyExists", ErrorCategory.ResourceExists)]
    [InlineData(409, "JobNotActive", ErrorCategory.InvalidOperation)]
    [InlineData(412, "ConditionNotMet", ErrorCategory.InvalidOperation)]
    [InlineData(429, "TooManyRequests", ErrorCategory.LimitsExceeded)]
    [InlineData(503, "ServerBusy", ErrorCategory.ConnectionError)]
    // 429 and 503 take a few seconds: the client retries them with Azure.Core's back-off before the error.
    public void The_category_follows_the_status_and_the_code_is_the_error_id(int status, string code, ErrorCategory category)
    {
        using var service = CannedBatchService.Start(status, code, out var endpoint);

        var result = _shell.Run(ConnectTo + "\nGet-BatchJob -Id job1 -Context $context", ("endpoint", endpoint));

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{code},AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Equal("job1", error.TargetObject);
    }

    [Fact]
    public void The_job_that_does_not_exist_is_ObjectNotFound_from_the_emulator()
    {
        var result = _shell.Run("Get-BatchJob -Id no-such-job");

        var error = Assert.Single(result.Errors);
        Assert.Equal("JobNotFound,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-job", error.TargetObject);
    }

    [Fact]
    public void The_exception_message_a_catch_block_logs_is_the_one_line_with_code_details_and_request_ids()
    {
        using var service = CannedBatchService.Start(409, "JobBeingDeleted", out var endpoint, "The specified job has been marked for deletion.\nRequestId:abc\nTime:2026-01-01", reason: "The job is being deleted");

        var result = _shell.Run(ConnectTo + """

            try { Get-BatchJob -Id job1 -Context $context -ErrorAction Stop }
            catch { $_.Exception.Message; $_.ToString(); $_.Exception.ServiceMessage }
            """, ("endpoint", endpoint));

        var expected = "The specified job has been marked for deletion. (HTTP 409, Batch error JobBeingDeleted) Reason: The job is being deleted. " +
            "request-id: canned-request-id, client-request-id: ";
        Assert.Equal(3, result.Lines.Count);
        Assert.StartsWith(expected, result.Lines[0]);
        Assert.DoesNotContain("\n", result.Lines[0]);
        Assert.Equal(result.Lines[0], result.Lines[1]);
        Assert.Equal("The specified job has been marked for deletion.\nRequestId:abc\nTime:2026-01-01", result.Lines[2]);
    }

    [Fact]
    public void A_response_without_a_Batch_error_gets_an_id_from_its_status()
    {
        // 501: a server error the client does not retry.
        using var service = CannedBatchService.Start(501, errorCode: null, out var endpoint);

        var result = _shell.Run(ConnectTo + "\nGet-BatchJob -Id job1 -Context $context", ("endpoint", endpoint));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchHttp501,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.StartsWith("The Batch service returned HTTP 501", error.Exception.Message);
    }
}
