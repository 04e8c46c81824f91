using System;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// Makes a resource or container URL safe to show: the query string (where a SAS token lives)
/// and any user info are removed, so no secret reaches a failure message or a log.
/// </summary>
internal static class UrlRedaction
{
    public static string Redact(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out Uri? uri))
        {
            string shown = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            return uri.Query.Length > 0 ? shown + "?<redacted>" : shown;
        }
        int query = url.IndexOf('?');
        return query < 0 ? url : url.Substring(0, query) + "?<redacted>";
    }
}
