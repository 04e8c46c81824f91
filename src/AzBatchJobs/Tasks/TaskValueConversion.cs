using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// The value of one task property from a hashtable or row. Besides what PowerShell converts, two flat
/// shapes fit in a CSV cell: EnvironmentSettings as a hashtable or "NAME=value;NAME2=value2", and
/// DependsOn as task ids ("a;b", or an array of ids).
/// </summary>
internal static class TaskValueConversion
{
    private static readonly char[] IdSeparators = { ';', ',', ' ' };

    public static object? Convert(PropertyInfo property, object raw)
    {
        var plain = TaskInput.Plain(raw);
        switch (property.Name)
        {
            case nameof(BatchTaskCreateOptions.EnvironmentSettings) when plain is IDictionary values:
                return NameValueConversion.ToEnvironmentSettings(values);
            case nameof(BatchTaskCreateOptions.EnvironmentSettings) when plain is string text:
                return Assignments(text);
            case nameof(BatchTaskCreateOptions.DependsOn) when TaskIds(plain) is string[] ids:
                return new BatchTaskDependencies { TaskIds = ids };
            default:
                return TaskInput.ConvertValue(property.Name, raw, property.PropertyType);
        }
    }

    private static EnvironmentSetting[] Assignments(string text)
    {
        var settings = new List<EnvironmentSetting>();
        foreach (var part in text.Split(';').Where(p => p.Trim().Length > 0))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
                throw new BatchTaskInputException($"The task property 'EnvironmentSettings' cannot be set to '{text}': write NAME=value pairs separated by ';', or give a hashtable.");
            settings.Add(new EnvironmentSetting { Name = part.Substring(0, equals).Trim(), Value = part.Substring(equals + 1) });
        }
        return settings.ToArray();
    }

    private static string[]? TaskIds(object? value) => value switch
    {
        string text => text.Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries),
        IEnumerable items when value is not IDictionary && items.Cast<object?>().Select(TaskInput.Plain).ToList() is var all && all.All(i => i is string)
            => all.Cast<string>().ToArray(),
        _ => null,
    };
}
