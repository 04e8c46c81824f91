using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>The task bodies: create (alone or in a collection), update (PUT), and what they reach.</summary>
internal static partial class SpecTable
{
    /// <summary>
    /// The spec gives no upper bound for numberOfInstances ("the number of Compute Nodes required by the
    /// Task"); a multi-instance task needs inter-node communication, and a pool with it enabled has at
    /// most 100 dedicated nodes (Batch quotas and limits).
    /// </summary>
    public const int MaxInstances = 100;

    private static void AddTaskDefinitions()
    {
        Define("BatchTaskCreateOptions",
            Required("id", Id),
            Optional("displayName", DisplayName),
            Optional("exitConditions", Object("ExitConditions")),
            Required("commandLine", CommandLine),
            Optional("containerSettings", Object("BatchTaskContainerSettings")),
            Optional("resourceFiles", ListOf("ResourceFile")),
            Optional("outputFiles", ListOf("OutputFile")),
            Optional("environmentSettings", ListOf("EnvironmentSetting")),
            Optional("affinityInfo", Object("BatchAffinityInfo")),
            Optional("constraints", Object("BatchTaskConstraints"), new JsonObject()),
            Optional("requiredSlots", Int(1, 256), 1),
            Optional("userIdentity", Object("UserIdentity"), AutoUser()),
            Optional("multiInstanceSettings", Object("MultiInstanceSettings")),
            Optional("dependsOn", Object("BatchTaskDependencies")),
            Optional("applicationPackageReferences", ListOf("BatchApplicationPackageReference")),
            Optional("authenticationTokenSettings", Object("AuthenticationTokenSettings")),
            Rule("requiredSlots", task => Has(task, "multiInstanceSettings") && Integer(task, "requiredSlots") is not (null or 1),
                "For multi-instance Tasks, requiredSlots must be 1."));

        // PUT: the task's constraints are replaced; those left out return to their defaults.
        Define("BatchTask",
            Optional("constraints", Object("BatchTaskConstraints"), new JsonObject()));

        Define("BatchTaskConstraints",
            Optional("maxWallClockTime", Duration, UnlimitedDuration),
            Optional("retentionTime", Duration, "P7D"),
            Optional("maxTaskRetryCount", RetryCount, 0));

        Define("ExitConditions",
            Optional("exitCodes", ListOf("ExitCodeMapping")),
            Optional("exitCodeRanges", ListOf("ExitCodeRangeMapping")),
            Optional("preProcessingError", Object("ExitOptions")),
            Optional("fileUploadError", Object("ExitOptions")),
            Optional("default", Object("ExitOptions")));

        Define("ExitCodeMapping",
            Required("code", Int32),
            Required("exitOptions", Object("ExitOptions")));

        Define("ExitCodeRangeMapping",
            Required("start", Int32),
            Required("end", Int32),
            Required("exitOptions", Object("ExitOptions")),
            StartNotAfterEnd);

        Define("ExitOptions",
            Optional("jobAction", Enum("none", "disable", "terminate")),
            Optional("dependencyAction", Enum("satisfy", "block")));

        Define("BatchTaskDependencies",
            Optional("taskIds", ArrayOf(Id)),
            Optional("taskIdRanges", ListOf("BatchTaskIdRange")));

        Define("BatchTaskIdRange",
            Required("start", Int32),
            Required("end", Int32),
            StartNotAfterEnd);

        Define("MultiInstanceSettings",
            Optional("numberOfInstances", Int(1, MaxInstances), 1),
            Required("coordinationCommandLine", CommandLine),
            Optional("commonResourceFiles", ListOf("ResourceFile")));

        Define("BatchAffinityInfo",
            Required("affinityId", Text));

        Define("AuthenticationTokenSettings",
            Optional("access", ArrayOf(Enum("job"))));

        Define("BatchApplicationPackageReference",
            Required("applicationId", Text),
            Optional("version", Text));
    }

    private static readonly ObjectRule StartNotAfterEnd =
        Rule(null, range => Integer(range, "start") > Integer(range, "end"), "start must not be greater than end.");
}
