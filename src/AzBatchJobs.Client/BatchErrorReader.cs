using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>Turns an error response (BatchError body: code, message.value, values[]) into a <see cref="BatchServiceException"/>.</summary>
internal static class BatchErrorReader
{
    public static BatchServiceException Read(Response response, string? sentClientRequestId)
    {
        string? code = null;
        string? message = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = TryReadBody(response);
        if (body is not null)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    code = StringProperty(root, "code");
                    message = ReadMessage(root);
                    ReadValues(root, values);
                }
            }
            catch (JsonException)
            {
                // Not a BatchError body (e.g. a proxy's HTML page); fall back to the status line.
            }
        }
        response.Headers.TryGetValue(BatchHeaders.RequestId, out var requestId);
        if (!response.Headers.TryGetValue(BatchHeaders.ClientRequestId, out var clientRequestId))
        {
            clientRequestId = sentClientRequestId;
        }
        var status = response.Status;
        var text = string.IsNullOrWhiteSpace(message) ? StatusLine(status, response.ReasonPhrase) : message!;
        return new BatchServiceException(status, code, text, values, requestId, clientRequestId);
    }

    private static string StatusLine(int status, string? reasonPhrase) =>
        string.IsNullOrWhiteSpace(reasonPhrase)
            ? string.Format(CultureInfo.InvariantCulture, "The Batch service returned HTTP {0}.", status)
            : string.Format(CultureInfo.InvariantCulture, "The Batch service returned HTTP {0} {1}.", status, reasonPhrase);

    private static byte[]? TryReadBody(Response response)
    {
        if (response.ContentStream is null)
        {
            return null;
        }
        if (response.ContentStream is not MemoryStream)
        {
            // A streamed response (file download): read the error body into memory once.
            var buffer = new MemoryStream();
            response.ContentStream.CopyTo(buffer);
            buffer.Position = 0;
            response.ContentStream = buffer;
        }
        var bytes = response.Content.ToArray();
        return bytes.Length == 0 ? null : bytes;
    }

    private static string? ReadMessage(JsonElement root)
    {
        if (!root.TryGetProperty("message", out var message))
        {
            return null;
        }
        return message.ValueKind switch
        {
            JsonValueKind.String => message.GetString(),
            JsonValueKind.Object => StringProperty(message, "value"),
            _ => null,
        };
    }

    private static void ReadValues(JsonElement root, Dictionary<string, string> values)
    {
        if (!root.TryGetProperty("values", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            var key = StringProperty(item, "key");
            if (key is null)
            {
                continue;
            }
            var value = StringProperty(item, "value") ?? string.Empty;
            values[key] = values.TryGetValue(key, out var existing) ? existing + "; " + value : value;
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
