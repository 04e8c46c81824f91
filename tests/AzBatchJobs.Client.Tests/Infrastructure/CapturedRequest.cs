using System.Text;
using System.Web;

namespace AzBatchJobs.Client.Tests.Infrastructure;

/// <summary>What the transport saw on one attempt: method, URI, headers and body, copied at send time.</summary>
internal sealed class CapturedRequest
{
    public CapturedRequest(string method, Uri uri, IReadOnlyList<(string Name, string Value)> headers, byte[]? body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    public Uri Uri { get; }

    public IReadOnlyList<(string Name, string Value)> Headers { get; }

    public byte[]? Body { get; }

    public string Path => Uri.AbsolutePath;

    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);

    /// <summary>Query parameters, URL-decoded, by name.</summary>
    public IReadOnlyDictionary<string, string> Query
    {
        get
        {
            var parsed = HttpUtility.ParseQueryString(Uri.Query);
            return parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
        }
    }

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public bool HasHeader(string name) => Headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
}
