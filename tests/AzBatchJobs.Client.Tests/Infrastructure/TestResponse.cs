using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;

namespace AzBatchJobs.Client.Tests.Infrastructure;

/// <summary>A canned HTTP response: status, headers and an optional body.</summary>
internal sealed class TestResponse : Response
{
    private readonly List<(string Name, string Value)> _headers = new();

    public TestResponse(int status, string? body = null, string reasonPhrase = "")
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        if (body is not null)
        {
            ContentStream = new MemoryStream(Encoding.UTF8.GetBytes(body));
            WithHeader("Content-Type", "application/json; odata=minimalmetadata");
        }
    }

    public static TestResponse Json(int status, string body) => new(status, body);

    public TestResponse WithHeader(string name, string value)
    {
        _headers.Add((name, value));
        return this;
    }

    public TestResponse WithBytes(byte[] content)
    {
        ContentStream = new MemoryStream(content);
        return this;
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = string.Empty;

    public bool Disposed { get; private set; }

    public override void Dispose() => Disposed = true;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = _headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = _headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        values = found.Count == 0 ? null : found;
        return values is not null;
    }

    protected override bool ContainsHeader(string name) =>
        _headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        _headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList();
}
