namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// What every request gets before its operation: request-id, client-request-id when asked, the
/// Host check, api-version check, authentication, and BatchError bodies for every failure.
/// </summary>
internal sealed class ServiceMiddleware
{
    private readonly RequestDelegate _next;
    private readonly HostFilter _hosts;
    private readonly Authentication _authentication;
    private readonly ILogger<ServiceMiddleware> _logger;

    public ServiceMiddleware(RequestDelegate next, HostFilter hosts, Authentication authentication, ILogger<ServiceMiddleware> logger)
    {
        _next = next;
        _hosts = hosts;
        _authentication = authentication;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers["request-id"] = Guid.NewGuid().ToString();
        string clientRequestId = context.Request.Headers["client-request-id"].ToString();
        if (clientRequestId.Length > 0 &&
            string.Equals(context.Request.Headers["return-client-request-id"].ToString(), "true", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers["client-request-id"] = clientRequestId;
        }
        try
        {
            _hosts.Check(context);
            UrlLimit.Check(context);
            ApiVersions.Check(context.Request);
            _authentication.Verify(context);
            await _next(context);
        }
        catch (BatchErrorException error) when (!response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, error);
        }
        catch (BadHttpRequestException error) when (!response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, error.StatusCode, "InvalidRequestBody", "The request body could not be read.", []);
        }
        catch (Exception error) when (!response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            _logger.LogError(error, "Unhandled error in {Method} {Path}", context.Request.Method, context.Request.Path);
            await ErrorWriter.WriteAsync(context, 500, "InternalServerError", "The server encountered an internal error.", []);
        }
    }

    /// <summary>The route did not match: the service answers 404 with a BatchError body.</summary>
    public static Task NotFound(HttpContext context)
    {
        return ErrorWriter.WriteAsync(context, 404, "InvalidUri", "The requested URI does not represent any resource on the server.",
            [("UriPath", context.Request.Path.ToString())]);
    }
}
