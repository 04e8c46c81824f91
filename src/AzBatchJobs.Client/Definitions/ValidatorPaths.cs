using System;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// Turns a BatchInputValidator failure (field names as .NET paths: <c>job.JobManagerTask.CommandLine</c>)
/// into a problem of the JSON it was read from (<c>jobManagerTask.commandLine</c>), so errors speak the
/// names the user wrote. The rule's wording stays the validator's.
/// </summary>
internal static class ValidatorPaths
{
    public static BatchJsonProblem ToProblem(ArgumentException exception, DefinitionKind kind)
    {
        var path = exception.ParamName is null ? "" : Translate(exception.ParamName, kind);
        var pattern = new Regex($@"\b{Regex.Escape(kind.ValidatorRoot)}(\.[A-Za-z][A-Za-z0-9]*)+");
        var message = pattern.Replace(MessageWithoutParameter(exception), match => Translate(match.Value, kind));
        if (path.Length > 0 && message.StartsWith(path + " ", StringComparison.Ordinal))
            return new BatchJsonProblem(path, message.Substring(path.Length + 1), pathIsSubject: true);
        if (path.Length > 0 && message.StartsWith(path + ": ", StringComparison.Ordinal))
            return new BatchJsonProblem(path, message.Substring(path.Length + 2));
        return new BatchJsonProblem(path, message);
    }

    /// <summary>"job.JobManagerTask.Id" -> "jobManagerTask.id"; a segment the model does not have is kept as it is.</summary>
    internal static string Translate(string field, DefinitionKind kind)
    {
        var segments = field.Split('.');
        if (segments.Length == 0 || segments[0] != kind.ValidatorRoot) return field;
        JsonTypeInfo? info = JsonShapeChecker.TypeInfo(kind.CreateType);
        var path = "";
        for (var i = 1; i < segments.Length; i++)
        {
            var name = segments[i];
            JsonPropertyInfo? property = null;
            if (info is not null)
            {
                foreach (var candidate in JsonShapeChecker.Properties(info).Values)
                {
                    if (JsonShapeChecker.MemberName(candidate) == name)
                    {
                        property = candidate;
                        break;
                    }
                }
            }
            path = JsonShapeChecker.Join(path, property?.Name ?? name);
            info = property is null ? null : JsonShapeChecker.TypeInfo(property.PropertyType);
        }
        return path;
    }

    // ArgumentException.Message ends with " (Parameter 'x')" on .NET, "\r\nParameter name: x" on .NET Framework.
    private static string MessageWithoutParameter(ArgumentException exception)
    {
        var message = exception.Message;
        if (exception.ParamName is null) return message;
        foreach (var suffix in new[] { $" (Parameter '{exception.ParamName}')", $"{Environment.NewLine}Parameter name: {exception.ParamName}" })
        {
            if (message.EndsWith(suffix, StringComparison.Ordinal)) return message.Substring(0, message.Length - suffix.Length);
        }
        return message;
    }
}
