namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// Fails a fraction of requests the way networks and services fail: 500, 503 or 429 with
/// Retry-After, the connection closed before the request is processed, or closed after the
/// operation was committed (the client sees a failure although the change is made). With a
/// throttle, first answers 429 with Retry-After to requests over its rate.
/// </summary>
internal sealed class FaultInjectionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FaultPlan _plan;

    public FaultInjectionMiddleware(RequestDelegate next, FaultPlan plan)
    {
        _next = next;
        _plan = plan;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (_plan.Throttle?.RetryAfterSeconds() is int seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new BatchErrorException(429, "TooManyRequests", "The request was throttled: the account is over its request rate. Please retry after the time in Retry-After.");
        }
        switch (_plan.NextRequestFault())
        {
            case RequestFault.None:
                await _next(context);
                return;
            case RequestFault.InternalError:
                throw new BatchErrorException(500, "InternalServerError", "The server encountered an internal error. Please retry the request.");
            case RequestFault.ServerBusy:
                context.Response.Headers.RetryAfter = "1";
                throw new BatchErrorException(503, "ServerBusy", "The server is currently unable to receive requests. Please retry your request.");
            case RequestFault.TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                throw new BatchErrorException(429, "TooManyRequests", "The request was throttled. Please retry after the time in Retry-After.");
            case RequestFault.CloseBeforeProcessing:
                context.Abort();
                return;
            case RequestFault.CloseAfterCommit:
                await RunThenCloseAsync(context);
                return;
        }
    }

    private async Task RunThenCloseAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var swallowed = new MemoryStream();
        context.Response.Body = swallowed;
        try
        {
            await _next(context);
        }
        catch (BatchErrorException)
        {
            // The client never sees this answer: the connection is closed either way.
        }
        finally
        {
            context.Response.Body = original;
            context.Abort();
        }
    }
}
