using System.Management.Automation;
using System.Reflection;

namespace AzBatchJobs.Tests.Harness;

/// <summary>
/// Runs one cmdlet as a pipeline would: binds named parameters, then each input object by value
/// or by property name (PowerShell's order), resolves the parameter set, and calls
/// Begin/Process/End on the calling thread, which is the pipeline thread.
/// </summary>
public sealed class CmdletRunner<T> where T : PSCmdlet, new()
{
    private readonly T _cmdlet = new();
    private readonly CmdletAttribute _attribute = typeof(T).GetCustomAttribute<CmdletAttribute>()
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no [Cmdlet] attribute.");
    private readonly IReadOnlyList<CmdletParameter> _parameters = CmdletParameter.Of(typeof(T));

    public T Cmdlet => _cmdlet;

    /// <summary>Ctrl+C: may be called from any thread while Invoke runs.</summary>
    public void Stop() => _cmdlet.InvokeStop();

    public static RunResult Run(IDictionary<string, object?> parameters, IEnumerable<object?>? input = null, RunSettings? settings = null) =>
        new CmdletRunner<T>().Invoke(parameters, input, settings);

    public RunResult Invoke(IDictionary<string, object?> parameters, IEnumerable<object?>? input = null, RunSettings? settings = null)
    {
        settings ??= new RunSettings();
        var result = new RunResult();
        _cmdlet.CommandRuntime = new PipelineRuntime(result, settings, typeof(T), _attribute.ConfirmImpact, () => _cmdlet.Stopping);
        _cmdlet.Host = new RecordingHost(result);
        _cmdlet.SessionVariables = settings.Variables;
        if (settings.Location is not null) _cmdlet.CurrentLocation = settings.Location;
        if ((settings.WhatIf || settings.Confirm is not null) && !_attribute.SupportsShouldProcess)
            throw new InvalidOperationException($"{typeof(T).Name} does not support ShouldProcess: -WhatIf and -Confirm are not parameters of it.");
        if (settings.WhatIf) _cmdlet.MyInvocation.BoundParameters["WhatIf"] = SwitchParameter.Present;
        if (settings.Confirm is bool confirm) _cmdlet.MyInvocation.BoundParameters["Confirm"] = new SwitchParameter(confirm);

        try
        {
            var named = BindNamed(parameters);
            var candidates = CandidateSets(named);
            if (input is null)
            {
                _cmdlet.ParameterSetName = ResolveSet(candidates, named);
                result.ParameterSets.Add(_cmdlet.ParameterSetName);
                _cmdlet.InvokeBegin();
                _cmdlet.InvokeProcess();
            }
            else
            {
                _cmdlet.ParameterSetName = candidates.Count == 1 ? candidates[0] : DefaultSet;
                _cmdlet.InvokeBegin();
                foreach (var item in input)
                {
                    if (_cmdlet.Stopping) throw new PipelineStoppedException();
                    if (!ProcessInput(item, named, candidates, result)) continue;
                }
            }
            if (_cmdlet.Stopping) throw new PipelineStoppedException();
            _cmdlet.InvokeEnd();
        }
        catch (ParameterBindingException e)
        {
            result.TerminatingError = new ErrorRecord(e, e.ErrorId + "," + typeof(T).FullName, ErrorCategory.InvalidArgument, null);
        }
        catch (TerminatingErrorException e)
        {
            result.TerminatingError = e.ErrorRecord;
        }
        catch (ActionPreferenceStopException e)
        {
            result.TerminatingError = e.ErrorRecord;
        }
        catch (PipelineStoppedException e)
        {
            result.TerminatingError = new ErrorRecord(e, "PipelineStopped", ErrorCategory.OperationStopped, null);
        }
        catch (Exception e)
        {
            // An exception escaping a cmdlet is a terminating error of the pipeline (CmdletInvocationException).
            result.TerminatingError = new ErrorRecord(e, e.GetType().Name + "," + typeof(T).FullName, ErrorCategory.NotSpecified, null);
        }
        finally
        {
            (_cmdlet as IDisposable)?.Dispose();
        }
        return result;
    }

    private bool ProcessInput(object? item, HashSet<string> named, IReadOnlyList<string> candidates, RunResult result)
    {
        var defaults = _parameters.ToDictionary(p => p.Name, p => p.Property.GetValue(_cmdlet));
        var bound = new HashSet<string>(named, StringComparer.OrdinalIgnoreCase);
        try
        {
            var remaining = BindPipelineObject(item, bound, candidates);
            _cmdlet.ParameterSetName = ResolveSet(remaining, bound);
        }
        catch (ParameterBindingException e)
        {
            Restore(defaults, bound, named);
            var error = new ErrorRecord(e, "InputObjectNotBound," + typeof(T).FullName, ErrorCategory.InvalidArgument, item);
            result.Errors.Add(error);
            return false;
        }
        result.ParameterSets.Add(_cmdlet.ParameterSetName);
        foreach (var name in bound.Except(named)) _cmdlet.MyInvocation.BoundParameters[name] = _parameters.Single(p => p.Name == name).Property.GetValue(_cmdlet);
        _cmdlet.InvokeProcess();
        Restore(defaults, bound, named);
        return true;
    }

    private void Restore(Dictionary<string, object?> defaults, HashSet<string> bound, HashSet<string> named)
    {
        foreach (var name in bound.Except(named))
        {
            _parameters.Single(p => p.Name == name).Property.SetValue(_cmdlet, defaults[name]);
            _cmdlet.MyInvocation.BoundParameters.Remove(name);
        }
    }

    private IReadOnlyList<string> BindPipelineObject(object? item, HashSet<string> bound, IReadOnlyList<string> candidates)
    {
        var alreadyBound = bound.Count;
        var remaining = candidates.ToList();
        var byValue = PipelineParameters(remaining, bound, a => a.ValueFromPipeline).ToList();

        // 1. By value, without coercion.
        var direct = byValue.FirstOrDefault(p => ValueConverter.IsDirectlyAssignable(item, p.Type));
        if (direct is not null) remaining = Bind(direct, item, bound, remaining);

        // 2. By property name.
        foreach (var parameter in PipelineParameters(remaining, bound, a => a.ValueFromPipelineByPropertyName).ToList())
        {
            if (!TryGetProperty(item, parameter, out var value)) continue;
            if (!remaining.Any(s => parameter.In(s) is not null)) continue;
            remaining = Bind(parameter, value, bound, remaining);
        }

        // 3. By value, with coercion, when nothing bound the object yet.
        if (direct is null && bound.Count == alreadyBound)
        {
            foreach (var parameter in PipelineParameters(remaining, bound, a => a.ValueFromPipeline))
            {
                try
                {
                    remaining = Bind(parameter, item, bound, remaining);
                    break;
                }
                catch (ParameterBindingException)
                {
                }
            }
        }
        if (bound.Count == alreadyBound)
            throw new ParameterBindingException(
                "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                "InputObjectNotBound");
        return remaining;
    }

    private IEnumerable<CmdletParameter> PipelineParameters(IReadOnlyList<string> sets, HashSet<string> bound, Func<ParameterAttribute, bool> kind) =>
        _parameters.Where(p => !bound.Contains(p.Name) && sets.Any(s => p.In(s) is { } a && kind(a)));

    private List<string> Bind(CmdletParameter parameter, object? value, HashSet<string> bound, List<string> sets)
    {
        parameter.Property.SetValue(_cmdlet, parameter.ConvertAndValidate(value));
        bound.Add(parameter.Name);
        return sets.Where(s => parameter.In(s) is not null).ToList();
    }

    private static bool TryGetProperty(object? item, CmdletParameter parameter, out object? value)
    {
        value = null;
        if (item is null) return false;
        var names = new[] { parameter.Name }.Concat(parameter.Aliases);
        if (item is PSObject custom && ReferenceEquals(custom.BaseObject, custom))
        {
            foreach (var name in names)
            {
                var note = custom.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (note is null) continue;
                value = note.Value;
                return true;
            }
            return false;
        }
        var target = item is PSObject wrapped ? wrapped.BaseObject : item;
        foreach (var name in names)
        {
            var property = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) continue;
            value = property.GetValue(target);
            return true;
        }
        return false;
    }

    private HashSet<string> BindNamed(IDictionary<string, object?> parameters)
    {
        var bound = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in parameters)
        {
            var parameter = _parameters.FirstOrDefault(p => p.Matches(pair.Key))
                ?? throw new ParameterBindingException($"A parameter cannot be found that matches parameter name '{pair.Key}'.", "NamedParameterNotFound");
            if (!bound.Add(parameter.Name))
                throw new ParameterBindingException($"Cannot bind parameter because parameter '{parameter.Name}' is specified more than once.", "ParameterAlreadyBound");
            var value = parameter.ConvertAndValidate(pair.Value);
            parameter.Property.SetValue(_cmdlet, value);
            _cmdlet.MyInvocation.BoundParameters[parameter.Name] = value;
        }
        return bound;
    }

    private string DefaultSet => _attribute.DefaultParameterSetName ?? AllSets[0];

    private IReadOnlyList<string> AllSets
    {
        get
        {
            // PowerShell counts the default set as a set even when no parameter names it.
            var sets = _parameters.SelectMany(p => p.Attributes).Select(a => a.ParameterSetName)
                .Where(s => s != ParameterAttribute.AllParameterSets)
                .Concat(_attribute.DefaultParameterSetName is null ? Enumerable.Empty<string>() : new[] { _attribute.DefaultParameterSetName })
                .Distinct().ToList();
            return sets.Count == 0 ? new[] { ParameterAttribute.AllParameterSets } : sets;
        }
    }

    private IReadOnlyList<string> CandidateSets(HashSet<string> bound)
    {
        var candidates = AllSets.Where(s => bound.All(name => _parameters.Single(p => p.Name == name).In(s) is not null)).ToList();
        if (candidates.Count == 0)
            throw new ParameterBindingException("Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet");
        return candidates;
    }

    private string ResolveSet(IReadOnlyList<string> candidates, HashSet<string> bound)
    {
        var complete = candidates.Where(s => _parameters.Where(p => p.IsMandatoryIn(s)).All(p => bound.Contains(p.Name))).ToList();
        if (complete.Count == 1) return complete[0];
        if (complete.Count > 1)
        {
            if (complete.Contains(DefaultSet)) return DefaultSet;
            throw new ParameterBindingException("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.", "AmbiguousParameterSet");
        }
        var closest = candidates.Contains(DefaultSet) ? DefaultSet : candidates[0];
        var missing = _parameters.Where(p => p.IsMandatoryIn(closest) && !bound.Contains(p.Name)).Select(p => p.Name);
        throw new ParameterBindingException(
            $"Cannot process command because of one or more missing mandatory parameters: {string.Join(" ", missing)}.", "MissingMandatoryParameter");
    }
}
