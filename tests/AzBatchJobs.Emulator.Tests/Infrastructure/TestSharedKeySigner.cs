using System.Security.Cryptography;
using System.Text;

namespace AzBatchJobs.Emulator.Tests.Infrastructure;

/// <summary>
/// A Shared Key signer written for the tests from the service documentation, independent of the
/// emulator's verifier: verb, standard headers, ocp-* headers, /account/path and sorted query.
/// </summary>
internal sealed class TestSharedKeySigner : DelegatingHandler
{
    private readonly string _account;
    private readonly byte[] _key;

    public TestSharedKeySigner(string account, string base64Key, HttpMessageHandler inner) : base(inner)
    {
        _account = account;
        _key = Convert.FromBase64String(base64Key);
    }

    /// <summary>Shifts ocp-date, to test the clock-skew rule.</summary>
    public TimeSpan ClockOffset { get; set; }

    /// <summary>Signs with this key instead, to test a wrong signature.</summary>
    public byte[]? OverrideKey { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>How a request without body signs its Content-Length: "" (most SDKs) or "0" (the npm SDK on POST).</summary>
    public string EmptyContentLength { get; set; } = "";

    /// <summary>Changes the request after it was signed, to test that the signature covers it.</summary>
    public Action<HttpRequestMessage>? AfterSigning { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Enabled && request.Headers.Authorization is null)
        {
            request.Headers.Remove("ocp-date");
            request.Headers.Add("ocp-date", (DateTimeOffset.UtcNow + ClockOffset).ToString("R"));
            string signature = Convert.ToBase64String(HMACSHA256.HashData(OverrideKey ?? _key, Encoding.UTF8.GetBytes(StringToSign(request))));
            request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {_account}:{signature}");
            AfterSigning?.Invoke(request);
        }
        return base.SendAsync(request, cancellationToken);
    }

    private string StringToSign(HttpRequestMessage request)
    {
        string Header(string name)
        {
            if (request.Headers.TryGetValues(name, out var values))
            {
                return string.Join(",", values);
            }
            if (request.Content is not null && request.Content.Headers.TryGetValues(name, out var contentValues))
            {
                return string.Join(",", contentValues);
            }
            return "";
        }

        long? length = request.Content?.Headers.ContentLength;
        var text = new StringBuilder();
        text.Append(request.Method.Method).Append('\n')
            .Append(Header("Content-Encoding")).Append('\n')
            .Append(Header("Content-Language")).Append('\n')
            .Append(length is null or 0 ? EmptyContentLength : length.Value.ToString()).Append('\n')
            .Append(Header("Content-MD5")).Append('\n')
            .Append(Header("Content-Type")).Append('\n')
            .Append(Header("Date")).Append('\n')
            .Append(Header("If-Modified-Since")).Append('\n')
            .Append(Header("If-Match")).Append('\n')
            .Append(Header("If-None-Match")).Append('\n')
            .Append(Header("If-Unmodified-Since")).Append('\n')
            .Append(Header("Range")).Append('\n');
        foreach (var header in request.Headers
            .Where(h => h.Key.StartsWith("ocp-", StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            text.Append(header.Key.ToLowerInvariant()).Append(':').Append(string.Join(",", header.Value)).Append('\n');
        }
        var uri = request.RequestUri!;
        text.Append('/').Append(_account).Append(uri.AbsolutePath);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Uri.UnescapeDataString(p[0]).ToLowerInvariant(), Value: Uri.UnescapeDataString(p.Length > 1 ? p[1] : "")))
            .GroupBy(p => p.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var parameter in query)
        {
            text.Append('\n').Append(parameter.Key).Append(':').Append(string.Join(",", parameter.Select(p => p.Value)));
        }
        return text.ToString();
    }
}
