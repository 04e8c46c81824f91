using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;

namespace AzBatchJobs;

/// <summary>
/// Completes the known values of an extensible enum of the client (a struct with a static property per
/// value, such as BatchAllTasksCompleteMode.TerminateJob) or of a .NET enum, by the names users type.
/// </summary>
public sealed class ExtensibleEnumCompleter<T> : IArgumentCompleter
{
    private static readonly IReadOnlyList<string> Names = typeof(T).IsEnum
        ? System.Enum.GetNames(typeof(T))
        : typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(T)).Select(p => p.Name).ToArray();

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Matching(Names, Completions.Prefix(wordToComplete));
}
