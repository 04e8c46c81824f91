using System;

namespace AzBatchJobs.Client;

/// <summary>Which Batch endpoints the client accepts: https anywhere, plain http only on loopback.</summary>
internal static class BatchEndpointRules
{
    public static Uri Validate(Uri? endpoint)
    {
        if (endpoint is null)
        {
            throw new ArgumentNullException(nameof(endpoint), "The Batch endpoint is required.");
        }
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException(
                $"The Batch endpoint '{endpoint}' must be an absolute URI such as https://myaccount.westeurope.batch.azure.com.",
                nameof(endpoint));
        }
        if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            throw new ArgumentException(
                $"The Batch endpoint '{endpoint.GetLeftPart(UriPartial.Path)}' must not carry a query string or fragment.",
                nameof(endpoint));
        }
        if (endpoint.Scheme == Uri.UriSchemeHttps)
        {
            return endpoint;
        }
        if (endpoint.Scheme == Uri.UriSchemeHttp)
        {
            if (endpoint.IsLoopback)
            {
                return endpoint;
            }
            throw new ArgumentException(
                $"The Batch endpoint '{endpoint}' uses plain http. Only https is allowed, except for loopback " +
                "addresses (127.0.0.0/8, ::1, localhost) such as the local emulator.",
                nameof(endpoint));
        }
        throw new ArgumentException(
            $"The Batch endpoint '{endpoint}' must use the https scheme (found '{endpoint.Scheme}').",
            nameof(endpoint));
    }
}
