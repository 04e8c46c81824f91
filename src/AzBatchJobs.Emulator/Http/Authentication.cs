using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;

namespace AzBatchJobs.Emulator.Http;

/// <summary>
/// Verifies Shared Key like the service: no credentials 401, a bad signature or a request date more
/// than 15 minutes off 403 AuthenticationFailed. Bearer tokens only with --allow-bearer, unvalidated.
/// </summary>
internal sealed class Authentication
{
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(15);
    private readonly string _accountName;
    private readonly byte[] _key;
    private readonly bool _allowBearer;

    public Authentication(string accountName, string base64Key, bool allowBearer)
    {
        _accountName = accountName;
        _key = Convert.FromBase64String(base64Key);
        _allowBearer = allowBearer;
    }

    public void Verify(HttpContext context)
    {
        var request = context.Request;
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            throw new BatchErrorException(401, "AuthenticationFailed",
                "Server failed to authenticate the request. The request has no Authorization header.",
                ("AuthenticationErrorDetail", "The Authorization header is missing."));
        }
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (_allowBearer)
            {
                return;
            }
            throw Failed("Bearer tokens are not accepted by this emulator unless it is started with --allow-bearer.");
        }
        if (!authorization.StartsWith("SharedKey ", StringComparison.Ordinal))
        {
            throw Failed("The Authorization header is not in the SharedKey format.");
        }
        string credential = authorization["SharedKey ".Length..];
        int colon = credential.LastIndexOf(':');
        if (colon <= 0 || credential[..colon] != _accountName)
        {
            throw Failed("The account name in the Authorization header is not this account.");
        }
        CheckRequestDate(request);
        byte[] given;
        try
        {
            given = Convert.FromBase64String(credential[(colon + 1)..]);
        }
        catch (FormatException)
        {
            throw Failed("The signature is not valid base64.");
        }
        string rawPath = RawPath(context);
        foreach (string contentLength in SignedContentLengths(request))
        {
            byte[] expected = SharedKeySignature.Sign(SharedKeySignature.StringToSign(request, _accountName, rawPath, contentLength), _key);
            if (CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return;
            }
        }
        throw Failed("The MAC signature found in the HTTP request is not the same as any computed signature.");
    }

    // An empty body is signed as "" by most SDKs and as "0" by some (the npm client on POST); both mean no body.
    private static IEnumerable<string> SignedContentLengths(HttpRequest request)
    {
        long? length = request.ContentLength;
        if (length is null or 0)
        {
            yield return "";
            yield return "0";
        }
        else
        {
            yield return length.Value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string RawPath(HttpContext context)
    {
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        int query = target.IndexOf('?');
        return query >= 0 ? target[..query] : target;
    }

    private static void CheckRequestDate(HttpRequest request)
    {
        string date = request.Headers["ocp-date"].ToString();
        if (date.Length == 0)
        {
            date = request.Headers.Date.ToString();
        }
        if (date.Length == 0)
        {
            throw Failed("The request has neither an ocp-date nor a Date header.");
        }
        if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent))
        {
            throw Failed("The request date header is not a valid date.");
        }
        if ((DateTimeOffset.UtcNow - sent).Duration() > AllowedClockSkew)
        {
            throw Failed("The request date is more than 15 minutes away from the server time.");
        }
    }

    private static BatchErrorException Failed(string detail) =>
        new(403, "AuthenticationFailed",
            "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.",
            ("AuthenticationErrorDetail", detail));
}
