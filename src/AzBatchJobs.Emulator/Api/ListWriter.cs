using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// Fills one page of a list: reads stored records in key order from the skip token on, keeps those
/// the $filter accepts, and adds odata.nextLink when the page is full and more records follow.
/// </summary>
internal static class ListWriter
{
    private const int ReadBatch = 500;

    public static async Task WriteAsync<T>(
        HttpContext context, ListQuery query, string metadataFragment,
        Func<string, int, IReadOnlyList<T>> read, Func<T, string> keyOf, Func<T, JsonObject> docOf, Func<T, JsonObject> shape)
    {
        var page = new JsonArray();
        string after = query.AfterKey;
        string? nextLink = null;
        while (true)
        {
            var batch = read(after, ReadBatch);
            foreach (var record in batch)
            {
                after = keyOf(record);
                if (query.Filter(docOf(record)))
                {
                    page.Add(shape(record));
                    if (page.Count == query.MaxResults)
                    {
                        break;
                    }
                }
            }
            if (page.Count == query.MaxResults)
            {
                if (read(after, 1).Count > 0)
                {
                    nextLink = ListQuery.NextLink(context.Request, after);
                }
                break;
            }
            if (batch.Count < ReadBatch)
            {
                break;
            }
        }
        var body = new JsonObject
        {
            ["odata.metadata"] = Urls.Metadata(context.Request, metadataFragment),
            ["value"] = page,
        };
        if (nextLink is not null)
        {
            body["odata.nextLink"] = nextLink;
        }
        await JsonResponses.WriteAsync(context, body);
    }
}
