using System.Collections.Generic;
using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Parameters given with -Json or -JsonFile win over the JSON: each bound parameter replaces the property
/// of the same name whole (-Constraints replaces all the constraints, -Metadata all the metadata).
/// </summary>
internal static class ParameterOverlay
{
    /// <param name="definition">The definition read from JSON, changed in place.</param>
    /// <param name="fromParameters">The same definition built from the parameters alone.</param>
    /// <param name="boundParameters">The parameters the user gave (MyInvocation.BoundParameters).</param>
    /// <param name="renamed">Parameters whose property has another name, e.g. (PoolId, PoolInfo).</param>
    public static void Apply<T>(T definition, T fromParameters, IDictionary<string, object> boundParameters, params (string Parameter, string Property)[] renamed)
        where T : class
    {
        foreach (var bound in boundParameters)
        {
            var name = bound.Key;
            foreach (var (parameter, property) in renamed)
            {
                if (parameter == bound.Key) name = property;
            }
            var target = typeof(T).GetProperty(name);
            if (target is null || !target.CanWrite) continue;
            // A switch given as -Switch:$false sets false, which the parameters alone leave unset.
            var value = bound.Value is SwitchParameter flag ? flag.IsPresent : target.GetValue(fromParameters);
            target.SetValue(definition, value);
        }
    }
}
