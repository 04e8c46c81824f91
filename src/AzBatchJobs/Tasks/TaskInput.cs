using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Xml;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Turns what a user passes or pipes as a task into a BatchTaskCreateOptions: the object itself; a
/// hashtable or a flat row (Import-Csv, Select-Object, ConvertFrom-Json) whose keys or columns name task
/// properties, plus the constraint columns MaxWallClockTime, RetentionTime and MaxTaskRetryCount; or any
/// other object (a task read from another job), whose properties shared with a task are taken. Values
/// convert as PowerShell converts them, and an empty cell means "not given". In a hashtable or row, a
/// key that names no task property is an error that names it. A string that is a JSON object is a task in
/// the REST API's shape (JsonTaskText).
/// </summary>
internal static class TaskInput
{
    private static readonly Dictionary<string, PropertyInfo> TaskProperties = Settable(typeof(BatchTaskCreateOptions));
    private static readonly Dictionary<string, PropertyInfo> ConstraintProperties = Settable(typeof(BatchTaskConstraints));
    private static readonly string KnownNames = string.Join(", ", TaskProperties.Keys.Concat(ConstraintProperties.Keys));

    /// <summary>Converts one input; on failure the error names the property and says why.</summary>
    public static bool TryConvert(object input, string jobId, out BatchTaskCreateOptions task, out ErrorRecord? error)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        error = null;
        if (value is BatchTaskCreateOptions given)
        {
            task = given;
            return true;
        }
        if (value is string text && JsonTaskText.IsJsonObject(text)) return JsonTaskText.TryRead(input, text, out task, out error);
        task = new BatchTaskCreateOptions();
        var strict = value is IDictionary or PSCustomObject;
        var flatConstraints = new BatchTaskConstraints();
        var hasFlatConstraints = false;
        var unknown = new List<string>();
        var fields = Fields(input, value).ToList();
        // Errors target the task's id when it has one, as the bulk engine's errors do.
        var target = fields.Where(f => string.Equals(f.Name, nameof(BatchTaskCreateOptions.Id), StringComparison.OrdinalIgnoreCase))
            .Select(f => Plain(f.Value) as string).FirstOrDefault() ?? input;
        try
        {
            foreach (var (name, raw) in fields)
            {
                if (IsEmpty(raw)) continue;
                if (string.Equals(name, "JobId", StringComparison.OrdinalIgnoreCase))
                {
                    if (strict) CheckJob(raw, jobId);
                }
                else if (ConstraintProperties.TryGetValue(name, out var constraint))
                {
                    constraint.SetValue(flatConstraints, ConvertValue(constraint.Name, raw!, constraint.PropertyType));
                    hasFlatConstraints = true;
                }
                else if (TaskProperties.TryGetValue(name, out var property))
                {
                    property.SetValue(task, TaskValueConversion.Convert(property, raw!));
                }
                else if (strict)
                {
                    unknown.Add(name);
                }
            }
        }
        catch (BatchTaskInputException e)
        {
            error = Error(e, "InvalidTaskPropertyValue", target);
            return false;
        }
        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown.Select(n => $"'{n}'"));
            var message = $"{names} {(unknown.Count == 1 ? "is not a task property" : "are not task properties")}. The task properties are {KnownNames}.";
            error = Error(new BatchTaskInputException(message), "UnknownTaskProperty", target);
            return false;
        }
        if (fields.Count == 0)
        {
            var message = $"A {value.GetType().Name} is not a task: give BatchTaskCreateOptions objects, hashtables, objects (such as CSV rows) whose properties are task properties ({KnownNames}), or JSON objects as text.";
            error = Error(new BatchTaskInputException(message), "InvalidTaskInput", input);
            return false;
        }
        if (hasFlatConstraints) task.Constraints = Merge(task.Constraints, flatConstraints);
        return true;
    }

    /// <summary>Converts a value as PowerShell does, naming the property when it cannot be converted.</summary>
    internal static object? ConvertValue(string name, object raw, Type type)
    {
        try
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            // PowerShell reads "01:30:00"; the service's ISO 8601 form (PT1H30M) is read here.
            if (target == typeof(TimeSpan) && Plain(raw) is string text && text.Trim().StartsWith("P", StringComparison.OrdinalIgnoreCase))
                return XmlConvert.ToTimeSpan(text.Trim());
            return LanguagePrimitives.ConvertTo(raw, type, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or ArgumentException or OverflowException)
        {
            throw new BatchTaskInputException($"The task property '{name}' cannot be set to '{Plain(raw)}': {e.Message}");
        }
    }

    internal static object? Plain(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static IEnumerable<(string Name, object? Value)> Fields(object input, object value)
    {
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
                yield return (Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value);
            yield break;
        }
        foreach (var property in PSObject.AsPSObject(input).Properties)
        {
            if (value is not PSCustomObject && !TaskProperties.ContainsKey(property.Name) && !ConstraintProperties.ContainsKey(property.Name)) continue;
            yield return (property.Name, property.Value);
        }
    }

    private static void CheckJob(object? raw, string jobId)
    {
        var rowJob = Convert.ToString(Plain(raw), CultureInfo.InvariantCulture);
        if (!string.Equals(rowJob, jobId, StringComparison.OrdinalIgnoreCase))
            throw new BatchTaskInputException($"The input is for job '{rowJob}', not for job '{jobId}' given with -JobId.");
    }

    private static bool IsEmpty(object? raw) => Plain(raw) switch
    {
        null => true,
        string text => text.Trim().Length == 0,
        _ => false,
    };

    private static BatchTaskConstraints Merge(BatchTaskConstraints? nested, BatchTaskConstraints flat) => new()
    {
        MaxWallClockTime = flat.MaxWallClockTime ?? nested?.MaxWallClockTime,
        RetentionTime = flat.RetentionTime ?? nested?.RetentionTime,
        MaxTaskRetryCount = flat.MaxTaskRetryCount ?? nested?.MaxTaskRetryCount,
    };

    private static ErrorRecord Error(BatchTaskInputException exception, string errorId, object target) =>
        new(exception, errorId, ErrorCategory.InvalidArgument, target) { ErrorDetails = new ErrorDetails(exception.Message) };

    private static Dictionary<string, PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
}
