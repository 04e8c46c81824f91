using System;
using System.Linq;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// What can be defined in JSON: the create body (the spec's *CreateOptions), the resource it makes (whose
/// other properties are read-only), the name the validator gives its root, and the validator's rules.
/// A new kind (say, pools) is one more entry here.
/// </summary>
internal sealed class DefinitionKind
{
    public static readonly DefinitionKind Job = new(typeof(BatchJobCreateOptions), typeof(BatchJob), "job", "a job",
        value => BatchInputValidator.ValidateJobCreate((BatchJobCreateOptions)value), value => ((BatchJobCreateOptions)value).Id);

    public static readonly DefinitionKind Task = new(typeof(BatchTaskCreateOptions), typeof(BatchTask), "task", "a task",
        value => BatchInputValidator.ValidateTaskCreate((BatchTaskCreateOptions)value, "task"), value => ((BatchTaskCreateOptions)value).Id);

    public static readonly DefinitionKind JobSchedule = new(typeof(BatchJobScheduleCreateOptions), typeof(BatchJobSchedule), "jobSchedule", "a job schedule",
        value => BatchInputValidator.ValidateJobScheduleCreate((BatchJobScheduleCreateOptions)value), value => ((BatchJobScheduleCreateOptions)value).Id);

    private static readonly DefinitionKind[] All = { Job, Task, JobSchedule };

    private DefinitionKind(Type createType, Type resourceType, string validatorRoot, string noun, Action<object> validate, Func<object, string?> idOf)
    {
        IdOf = idOf;
        CreateType = createType;
        ResourceType = resourceType;
        ValidatorRoot = validatorRoot;
        Noun = noun;
        Validate = validate;
    }

    /// <summary>The request body, e.g. BatchJobCreateOptions.</summary>
    public Type CreateType { get; }

    /// <summary>What the service returns, e.g. BatchJob: its properties not in the body are read-only.</summary>
    public Type ResourceType { get; }

    /// <summary>The first segment of the validator's field names ("job" in "job.PoolInfo").</summary>
    public string ValidatorRoot { get; }

    /// <summary>For messages: "a job".</summary>
    public string Noun { get; }

    /// <summary>BatchInputValidator's rules for the body; throws ArgumentException naming the field.</summary>
    public Action<object> Validate { get; }

    /// <summary>The body's id, for errors that target it.</summary>
    public Func<object, string?> IdOf { get; }

    public static DefinitionKind? OfCreateType(Type type) => All.FirstOrDefault(k => k.CreateType == type);

    public static DefinitionKind? OfResourceType(Type type) => All.FirstOrDefault(k => k.ResourceType == type);

    /// <summary>The kind whose body <paramref name="type"/> is, or the kind of the resource it is.</summary>
    public static DefinitionKind? Of(Type type) => OfCreateType(type) ?? OfResourceType(type);
}
