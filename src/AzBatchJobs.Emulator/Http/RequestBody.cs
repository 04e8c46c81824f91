using System.Buffers;
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
        // The body is read into a rented buffer: add-collection bodies arrive by the thousand, and a fresh
        // buffer for each was a large share of the emulator's garbage.
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)(request.ContentLength ?? 16 * 1024) + 1);
        try
        {
            int length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    throw TooLarge();
                }
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBytes + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static JsonObject Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw BatchErrorException.InvalidBody("The request body is empty.");
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw BatchErrorException.InvalidBody("The request body is not valid UTF-8.");
        }
        try
        {
            RequireDecodableStrings(bytes);
            return JsonNode.Parse(bytes, documentOptions: StrictJson) as JsonObject
                ?? throw BatchErrorException.InvalidBody("The request body must be a JSON object.");
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException)
        {
            throw BatchErrorException.InvalidBody(error.Message);
        }
    }

    // A string that cannot be decoded (a lone surrogate such as \uD800) fails here, not when it is first read.
    // The body is valid UTF-8, so only strings with escapes need decoding to be sure.
    private static void RequireDecodableStrings(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                reader.GetString();
            }
        }
    }

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    private static BatchErrorException TooLarge() =>
        new(413, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.",
            ("MaxLimit", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
