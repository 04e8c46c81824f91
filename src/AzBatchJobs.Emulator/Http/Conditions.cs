using System.Globalization;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, failing with ConditionNotMet.
/// A failed If-Match or If-Unmodified-Since is 412 for every method (RFC 7232 3.1, 3.4); a failed
/// If-None-Match or If-Modified-Since is 304 on reads (3.2, 3.3) and 412 on writes.
/// </summary>
internal static class Conditions
{
    public static Action<EntityVersion> For(HttpRequest request)
    {
        string ifMatch = request.Headers.IfMatch.ToString();
        string ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        DateTime? ifModifiedSince = ParseDate(request, "If-Modified-Since");
        DateTime? ifUnmodifiedSince = ParseDate(request, "If-Unmodified-Since");
        bool isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        return version =>
        {
            DateTime modified = TruncateToSeconds(version.LastModified);
            bool unchangedAsExpected =
                (ifMatch.Length == 0 || Matches(ifMatch, version.ETag)) &&
                (ifUnmodifiedSince is null || modified <= ifUnmodifiedSince.Value);
            bool changedAsExpected =
                (ifNoneMatch.Length == 0 || !Matches(ifNoneMatch, version.ETag)) &&
                (ifModifiedSince is null || modified > ifModifiedSince.Value);
            if (!unchangedAsExpected || !changedAsExpected)
            {
                throw new BatchErrorException(unchangedAsExpected && isRead ? 304 : 412, "ConditionNotMet",
                    "The condition specified using HTTP conditional header(s) is not met.");
            }
        };
    }

    private static bool Matches(string header, string etag) =>
        header.Split(',').Select(v => v.Trim().Trim('"')).Any(v => v == "*" || v == etag);

    private static DateTime TruncateToSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    private static DateTime? ParseDate(HttpRequest request, string header)
    {
        string text = request.Headers[header].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new BatchErrorException(400, "InvalidHeaderValue", "The value for one of the HTTP headers is not in the correct format.",
                ("HeaderName", header), ("HeaderValue", text));
        }
        return value.UtcDateTime;
    }
}
