using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs;

/// <summary>Tab completion of an enum-like parameter: the names of the known values of <typeparamref name="TEnum"/>.</summary>
public sealed class ExtensibleEnumCompleter<TEnum> : IArgumentCompleter
    where TEnum : struct, IExtensibleEnum<TEnum>
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        return ExtensibleEnum.Names<TEnum>()
            .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
    }
}
