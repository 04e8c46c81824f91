using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.OData;

/// <summary>$select (top-level properties to keep) and $expand (only "stats" exists for jobs and tasks).</summary>
internal sealed class Selection
{
    private readonly HashSet<string>? _properties;

    private Selection(HashSet<string>? properties, bool expandStats)
    {
        _properties = properties;
        ExpandStats = expandStats;
    }

    public bool ExpandStats { get; }

    public static Selection From(HttpRequest request)
    {
        HashSet<string>? properties = null;
        string select = request.Query["$select"].ToString();
        if (select.Length > 0)
        {
            properties = new HashSet<string>(StringComparer.Ordinal);
            foreach (string part in select.Split(','))
            {
                string name = part.Trim();
                if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c)))
                {
                    throw BatchErrorException.InvalidQuery("$select", select, $"'{name}' is not a property name.");
                }
                properties.Add(name);
            }
        }
        bool stats = false;
        string expand = request.Query["$expand"].ToString();
        if (expand.Length > 0)
        {
            foreach (string part in expand.Split(','))
            {
                if (part.Trim() != "stats")
                {
                    throw BatchErrorException.InvalidQuery("$expand", expand, $"'{part.Trim()}' cannot be expanded; only 'stats' can.");
                }
                stats = true;
            }
        }
        return new Selection(properties, stats);
    }

    /// <summary>Removes the properties not selected (odata.metadata always stays).</summary>
    public JsonObject Apply(JsonObject entity)
    {
        if (_properties is null)
        {
            return entity;
        }
        foreach (string name in entity.Select(p => p.Key).ToList())
        {
            if (name != "odata.metadata" && !_properties.Contains(name))
            {
                entity.Remove(name);
            }
        }
        return entity;
    }
}
