using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Http;

/// <summary>Writes the service's BatchError body: code, message {lang, value}, values [{key, value}].</summary>
internal static class ErrorWriter
{
    public static JsonObject Build(HttpContext context, string code, string message, IEnumerable<(string Key, string Value)> values)
    {
        string requestId = context.Response.Headers["request-id"].ToString();
        var body = new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, "Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element"),
            ["code"] = code,
            ["message"] = new JsonObject
            {
                ["lang"] = "en-US",
                ["value"] = $"{message}\nRequestId:{requestId}\nTime:{StoredDoc.Time(DateTime.UtcNow)}",
            },
        };
        var array = new JsonArray();
        foreach (var (key, value) in values)
        {
            array.Add(new JsonObject { ["key"] = key, ["value"] = value });
        }
        if (array.Count > 0)
        {
            body["values"] = array;
        }
        return body;
    }

    public static Task WriteAsync(HttpContext context, int status, string code, string message, IEnumerable<(string Key, string Value)> values)
    {
        context.Response.StatusCode = status;
        if (status == 304)
        {
            return Task.CompletedTask;
        }
        return JsonResponses.WriteAsync(context, Build(context, code, message, values));
    }

    public static Task WriteAsync(HttpContext context, BatchErrorException error) =>
        WriteAsync(context, error.Status, error.Code, error.Message, error.Values);
}
