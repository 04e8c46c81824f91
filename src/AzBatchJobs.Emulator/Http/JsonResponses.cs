using System.Text.Json;
using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Http;

/// <summary>Writes JSON bodies with the content type the service uses.</summary>
internal static class JsonResponses
{
    public const string ContentType = "application/json;odata=minimalmetadata";

    public static async Task WriteAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = ContentType;
        context.Response.Headers["DataServiceVersion"] = "3.0";
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
