using Microsoft.AspNetCore.Http.Features;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// The longest request target the emulator answers; a longer one is 414 with a BatchError body. Kestrel's
/// own request-line limit (past which it answers without a body) is set well above this one.
/// </summary>
internal static class UrlLimit
{
    public const int MaxTargetLength = 8 * 1024;
    public const int KestrelRequestLineLimit = 64 * 1024;

    public static void Check(HttpContext context)
    {
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length > MaxTargetLength)
        {
            throw new BatchErrorException(414, "RequestUriTooLong", "The request URI is too long.",
                ("MaxLength", MaxTargetLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
