using System.Text.Json;
using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Http;

/// <summary>Reads a JSON object body, refusing bodies over the service's 1 MB limit with 413 RequestBodyTooLarge.</summary>
internal static class RequestBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge();
            }
        }
        if (buffer.Length == 0)
        {
            throw BatchErrorException.InvalidBody("The request body is empty.");
        }
        byte[] bytes = buffer.ToArray();
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw BatchErrorException.InvalidBody("The request body is not valid UTF-8.");
        }
        try
        {
            var body = JsonNode.Parse(bytes, documentOptions: StrictJson) as JsonObject
                ?? throw BatchErrorException.InvalidBody("The request body must be a JSON object.");
            DecodeStrings(body);
            return body;
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException)
        {
            throw BatchErrorException.InvalidBody(error.Message);
        }
    }

    // Strings are decoded when first read: one that cannot be (a lone surrogate such as \uD800) fails here, not later.
    private static void DecodeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject properties:
                foreach (var (_, value) in properties)
                {
                    DecodeStrings(value);
                }
                break;
            case JsonArray items:
                foreach (JsonNode? item in items)
                {
                    DecodeStrings(item);
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                value.GetValue<string>();
                break;
        }
    }

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    private static BatchErrorException TooLarge() =>
        new(413, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.",
            ("MaxLimit", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
