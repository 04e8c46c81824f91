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
        try
        {
            return JsonNode.Parse(buffer.ToArray()) as JsonObject
                ?? throw BatchErrorException.InvalidBody("The request body must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw BatchErrorException.InvalidBody(error.Message);
        }
    }

    private static BatchErrorException TooLarge() =>
        new(413, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.",
            ("MaxLimit", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
