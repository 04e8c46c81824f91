using System.Security.Cryptography;
using System.Text;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// The Batch Shared Key string-to-sign: verb, eleven standard headers, the ocp-* headers, and the
/// canonical resource (/account/path plus sorted, lower-cased query names with decoded values).
/// </summary>
internal static class SharedKeySignature
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    /// <param name="contentLength">The Content-Length line as signed ("" for no body).</param>
    public static string StringToSign(HttpRequest request, string accountName, string rawPath, string contentLength)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append('\n');
        foreach (string header in StandardHeaders)
        {
            string value = header == "Content-Length" ? contentLength : request.Headers[header].ToString();
            text.Append(value).Append('\n');
        }
        foreach (var header in request.Headers
            .Where(h => h.Key.StartsWith("ocp-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value.ToString()))
            .Where(h => h.Value.Length > 0)
            .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            text.Append(header.Name).Append(':').Append(header.Value.Trim()).Append('\n');
        }
        text.Append('/').Append(accountName).Append(rawPath);
        foreach (var parameter in request.Query
            .Select(q => (Name: q.Key.ToLowerInvariant(), Value: string.Join(",", q.Value.ToArray())))
            .OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            text.Append('\n').Append(parameter.Name).Append(':').Append(parameter.Value);
        }
        return text.ToString();
    }

    public static byte[] Sign(string stringToSign, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign));
    }
}
