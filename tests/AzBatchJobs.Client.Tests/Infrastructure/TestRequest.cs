using System.Diagnostics.CodeAnalysis;
using Azure.Core;

namespace AzBatchJobs.Client.Tests.Infrastructure;

/// <summary>A plain in-memory Azure.Core request for the capturing transport.</summary>
internal sealed class TestRequest : Request
{
    private readonly List<(string Name, string Value)> _headers = new();

    public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

    protected override void AddHeader(string name, string value) => _headers.Add((name, value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        var values = _headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        value = values.Count == 0 ? null : string.Join(",", values);
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

    protected override bool RemoveHeader(string name) =>
        _headers.RemoveAll(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        _headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList();

    public override void Dispose()
    {
    }
}
