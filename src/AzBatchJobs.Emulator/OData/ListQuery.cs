using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace AzBatchJobs.Emulator.OData;

/// <summary>
/// The list query options: $filter, $select, $expand, maxresults (1..1000, default 1000) and the
/// $skiptoken of odata.nextLink paging.
/// </summary>
internal sealed class ListQuery
{
    public const int DefaultMaxResults = 1000;

    private ListQuery(Func<JsonObject, bool> filter, Selection selection, int maxResults, string afterKey)
    {
        Filter = filter;
        Selection = selection;
        MaxResults = maxResults;
        AfterKey = afterKey;
    }

    public Func<JsonObject, bool> Filter { get; }
    public Selection Selection { get; }
    public int MaxResults { get; }
    public string AfterKey { get; }

    public static ListQuery From(HttpRequest request, FilterSchema schema)
    {
        string filterText = request.Query["$filter"].ToString();
        var filter = filterText.Length == 0 ? (_ => true) : FilterParser.Parse(filterText, schema);
        int maxResults = DefaultMaxResults;
        string maxText = request.Query["maxresults"].ToString();
        if (maxText.Length > 0 && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxResults) || maxResults is < 1 or > 1000))
        {
            throw BatchErrorException.InvalidQuery("maxresults", maxText, "maxresults must be an integer from 1 to 1000.");
        }
        string afterKey = "";
        string token = request.Query["$skiptoken"].ToString();
        if (token.Length > 0)
        {
            try
            {
                afterKey = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            }
            catch (FormatException)
            {
                throw BatchErrorException.InvalidQuery("$skiptoken", token, "The skip token is not one this server issued.");
            }
        }
        return new ListQuery(filter, Selection.From(request), maxResults, afterKey);
    }

    /// <summary>The link to the page after <paramref name="lastKey"/>: the same query with a new $skiptoken.</summary>
    public static string NextLink(HttpRequest request, string lastKey)
    {
        var query = new StringBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (name == "$skiptoken")
            {
                continue;
            }
            foreach (string? value in values)
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? ""));
            }
        }
        query.Append(query.Length == 0 ? '?' : '&').Append("$skiptoken=").Append(WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(lastKey)));
        return Urls.Base(request) + request.PathBase + request.Path + query;
    }
}
