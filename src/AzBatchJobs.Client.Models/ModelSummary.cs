using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AzBatchJobs.Client.Models;

/// <summary>
/// The one-line text Format-List and Format-Table show for a nested object (constraints, execution info,
/// counts...) instead of its type name: the module's AzBatchJobs.types.ps1xml makes it the ToString of the
/// model types. It lives with the models because PowerShell 7 resolves type names only in the default load
/// context, where this assembly is (the cmdlets' assembly is in the module's own context).
/// </summary>
public static class ModelSummary
{
    /// <summary>The summary of a model object.</summary>
    public static string Summarize(object? model) => model switch
    {
        null => string.Empty,
        BatchTaskExecutionInfo run => Join(run.Result?.ToString(), ExitCode(run.ExitCode), Retries(run.RetryCount), run.FailureInfo?.Code),
        BatchJobPreparationTaskExecutionInfo run => Join(run.State?.ToString(), run.Result?.ToString(), ExitCode(run.ExitCode), Retries(run.RetryCount), run.FailureInfo?.Code),
        BatchJobReleaseTaskExecutionInfo run => Join(run.State?.ToString(), run.Result?.ToString(), ExitCode(run.ExitCode), run.FailureInfo?.Code),
        BatchNodeInfo node => node.PoolId is null ? node.NodeId ?? string.Empty : $"{node.PoolId}/{node.NodeId}",
        BatchPoolInfo pool => pool.PoolId ?? (pool.AutoPoolSpecification is null ? string.Empty : "auto pool: " + Summarize(pool.AutoPoolSpecification)),
        BatchJobPreparationTask task => task.CommandLine ?? string.Empty,
        BatchJobReleaseTask task => task.CommandLine ?? string.Empty,
        BatchJobManagerTask task => $"{task.Id}: {task.CommandLine}",
        BatchTaskFailureInfo failure => $"{failure.Code}: {failure.Message}",
        BatchJobSchedulingError failure => $"{failure.Code}: {failure.Message}",
        RecentBatchJob job => job.Id ?? string.Empty,
        BatchTaskIdRange range => $"{range.Start}-{range.End}",
        EnvironmentSetting setting => $"{setting.Name}={setting.Value}",
        BatchMetadataItem item => $"{item.Name}={item.Value}",
        NameValuePair pair => $"{pair.Name}={pair.Value}",
        var other => Properties(other),
    };

    // Name=Value for each property that is set, as PowerShell shows a nested object inside @{...}.
    private static string Properties(object value) =>
        string.Join("; ", value.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Text: Text(p.GetValue(value))))
            .Where(p => p.Text.Length > 0)
            .Select(p => $"{p.Name}={p.Text}"));

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        TimeSpan duration when duration == TimeSpan.MaxValue => "unlimited", // how the service says "no limit"
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        IEnumerable items => Items(items),
        _ when value.GetType().Namespace == typeof(ModelSummary).Namespace => Summarize(value), // a nested model
        _ => value.ToString() ?? string.Empty,
    };

    private static string Items(IEnumerable items)
    {
        var texts = items.Cast<object?>().Select(Text).ToList();
        return texts.Count == 0 ? string.Empty : "{" + string.Join(", ", texts) + "}";
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string? ExitCode(int? code) => code is null ? null : $"exit code {code}";

    private static string? Retries(int? count) => count is null or 0 ? null : $"retries {count}";
}
