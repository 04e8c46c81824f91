using System;
using System.Linq;
using System.Text;

namespace AzBatchJobs.Client.Pipeline;

/// <summary>Replaces the values of query parameters that are not known Batch parameters with REDACTED.</summary>
internal static class UriRedactor
{
    public const string Placeholder = "REDACTED";

    public static Uri Redact(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return uri;
        }
        var builder = new StringBuilder();
        foreach (var part in query.Split('&'))
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }
            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part.Substring(0, equals);
            var known = BatchQuery.Loggable.Contains(Uri.UnescapeDataString(name), StringComparer.OrdinalIgnoreCase);
            builder.Append(equals < 0 || known ? part : name + "=" + Placeholder);
        }
        return new UriBuilder(uri) { Query = builder.ToString() }.Uri;
    }
}
