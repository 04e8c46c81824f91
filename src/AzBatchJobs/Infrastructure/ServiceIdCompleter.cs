using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// Completes ids from the service with one bounded request (ids only, starting with what was typed). Tab
/// completion must stay quick: without a connection nothing is asked, and a slow or failing service gives
/// no completions after at most <see cref="Budget"/>, never an error.
/// </summary>
public abstract class ServiceIdCompleter : IArgumentCompleter
{
    /// <summary>The most ids offered; one page of the listing.</summary>
    public const int MaxCompletions = 100;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = Completions.Prefix(wordToComplete);
        var context = BatchSession.ForCompletion(Unwrapped(fakeBoundParameters, "Context") as BatchAccountContext);
        if (context is null) return Array.Empty<CompletionResult>();
        try
        {
            using var budget = new CancellationTokenSource(Budget);
            var ids = Task.Run(() => ListAsync(context.CompletionClient, prefix, fakeBoundParameters, budget.Token), budget.Token)
                .GetAwaiter().GetResult();
            return Completions.Matching(ids, prefix).ToList();
        }
        catch (Exception)
        {
            // Completion never reports errors: an unreachable service or a bad -Context just completes nothing.
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The ids starting with the prefix, at most <see cref="MaxCompletions"/>.</summary>
    private protected abstract Task<IReadOnlyList<string>> ListAsync(BatchClient client, string prefix, IDictionary fakeBoundParameters, CancellationToken cancellationToken);

    /// <summary>A parameter already typed on the command line, as its object.</summary>
    private protected static object? Unwrapped(IDictionary fakeBoundParameters, string name) =>
        fakeBoundParameters.Contains(name) ? fakeBoundParameters[name] is PSObject wrapped ? wrapped.BaseObject : fakeBoundParameters[name] : null;
}
