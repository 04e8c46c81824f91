using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs;

/// <summary>Tab completion of an enum-like parameter: the names of the known values of <typeparamref name="TEnum"/>.</summary>
public sealed class ExtensibleEnumCompleter<TEnum> : IArgumentCompleter
    where TEnum : struct, IExtensibleEnum<TEnum>
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Matching(ExtensibleEnum.Names<TEnum>(), Completions.Prefix(wordToComplete));
}
