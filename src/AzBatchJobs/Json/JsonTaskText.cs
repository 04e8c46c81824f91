using System;
using System.Globalization;
using System.Management.Automation;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// A piped string that is a JSON object is a task in the REST API's shape, e.g. a line of a JSON Lines
/// file from Get-Content. Its errors name the file and line Get-Content read it from.
/// </summary>
internal static class JsonTaskText
{
    public static bool IsJsonObject(string text) => text.TrimStart().StartsWith("{", StringComparison.Ordinal);

    public static bool TryRead(object input, string text, out BatchTaskCreateOptions task, out ErrorRecord? error)
    {
        var (inputName, location) = Origin(input);
        try
        {
            task = BatchDefinitionJson.Read<BatchTaskCreateOptions>(text, inputName, location);
            BatchDefinitionJson.Check(task, inputName, location);
            error = null;
            return true;
        }
        catch (BatchJsonInputException e)
        {
            task = null!;
            error = JsonDefinitionInput.ToErrorRecord(e, input);
            return false;
        }
    }

    // Get-Content notes each line's file (PSChildName) and line number (ReadCount).
    private static (string InputName, string? Location) Origin(object input)
    {
        if (input is PSObject wrapped && wrapped.Properties["PSChildName"]?.Value is string file
            && wrapped.Properties["ReadCount"]?.Value is { } line and (long or int))
        {
            return (file, "line " + Convert.ToString(line, CultureInfo.InvariantCulture));
        }
        return ("JSON input", null);
    }
}
