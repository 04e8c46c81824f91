using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>The job bodies: create, update (PATCH), replace (PUT), disable, terminate, and what they reach.</summary>
internal static partial class SpecTable
{
    private static void AddJobDefinitions()
    {
        Define("BatchJobCreateOptions", [Required("id", Id), .. JobSpecification(), JobScheduleLifetimeRefused]);

        // What a job schedule makes its jobs from: a job's create properties less its id. A stored job
        // is checked against it too (the id is the store's key; a scheduled job's id holds a ':').
        Define("BatchJobSpecification", JobSpecification());

        // PATCH: what is given changes, the rest is left as it is.
        Define("BatchJobUpdateOptions",
            Optional("priority", Int(-1000, 1000)),
            Optional("allowTaskPreemption", Bool),
            Optional("maxParallelTasks", Int(-1, int.MaxValue)),
            Optional("constraints", Object("BatchJobConstraints")),
            Optional("poolInfo", Object("BatchPoolInfoUpdate")),
            Optional("onAllTasksComplete", Enum("noaction", "terminatejob")),
            Optional("metadata", ListOf("BatchMetadataItem")),
            Optional("networkConfiguration", Object("BatchJobNetworkConfigurationUpdate")),
            MaxParallelTasksNotZero,
            JobScheduleLifetimeRefused);

        // PUT: the writable properties of BatchJob; those left out return to their defaults. A PUT sends the
        // job's poolInfo back, as a schedule's job has it too: JobDocuments.Replace checks a changed one.
        Define("BatchJob",
            Optional("priority", Int(-1000, 1000), 0),
            Optional("allowTaskPreemption", Bool, false),
            Optional("maxParallelTasks", Int(-1, int.MaxValue), -1),
            Optional("constraints", Object("BatchJobConstraints"), new JsonObject()),
            Required("poolInfo", Object("BatchPoolInfo")),
            Optional("onAllTasksComplete", Enum("noaction", "terminatejob"), "noaction"),
            Optional("metadata", ListOf("BatchMetadataItem")),
            MaxParallelTasksNotZero);

        Define("BatchJobDisableOptions",
            Required("disableTasks", Enum("requeue", "terminate", "wait")));

        Define("BatchJobTerminateOptions",
            Optional("terminateReason", TextUpTo(64)));

        Define("BatchJobConstraints",
            Optional("maxWallClockTime", Duration, UnlimitedDuration),
            Optional("maxTaskRetryCount", RetryCount, 0));

        Define("BatchJobManagerTask",
            Required("id", Id),
            Optional("displayName", DisplayName),
            Required("commandLine", CommandLine),
            Optional("containerSettings", Object("BatchTaskContainerSettings")),
            Optional("resourceFiles", ListOf("ResourceFile")),
            Optional("outputFiles", ListOf("OutputFile")),
            Optional("environmentSettings", ListOf("EnvironmentSetting")),
            Optional("constraints", Object("BatchTaskConstraints"), new JsonObject()),
            Optional("requiredSlots", Int(1, 256), 1),
            Optional("killJobOnCompletion", Bool, true),
            Optional("userIdentity", Object("UserIdentity"), AutoUser()),
            Optional("runExclusive", Bool, true),
            Optional("applicationPackageReferences", ListOf("BatchApplicationPackageReference")),
            Optional("authenticationTokenSettings", Object("AuthenticationTokenSettings")),
            Optional("allowLowPriorityNode", Bool, true));

        Define("BatchJobPreparationTask",
            Optional("id", Id, "jobpreparation"),
            Required("commandLine", CommandLine),
            Optional("containerSettings", Object("BatchTaskContainerSettings")),
            Optional("resourceFiles", ListOf("ResourceFile")),
            Optional("environmentSettings", ListOf("EnvironmentSetting")),
            Optional("constraints", Object("BatchTaskConstraints"), new JsonObject()),
            Optional("waitForSuccess", Bool, true),
            Optional("userIdentity", Object("UserIdentity"), AutoUser()),
            Optional("rerunOnNodeRebootAfterSuccess", Bool, true));

        // "The default value is 15 minutes. You may not specify a timeout longer than 15 minutes."
        Define("BatchJobReleaseTask",
            Optional("id", Id, "jobrelease"),
            Required("commandLine", CommandLine),
            Optional("containerSettings", Object("BatchTaskContainerSettings")),
            Optional("resourceFiles", ListOf("ResourceFile")),
            Optional("environmentSettings", ListOf("EnvironmentSetting")),
            Optional("maxWallClockTime", DurationBetween(null, TimeSpan.FromMinutes(15)), "PT15M"),
            Optional("retentionTime", Duration, "P7D"),
            Optional("userIdentity", Object("UserIdentity"), AutoUser()));

        Define("BatchJobNetworkConfiguration",
            Required("subnetId", Text),
            Optional("skipWithdrawFromVNet", Bool));

        // "You must specify either the Pool ID or the auto Pool specification, but not both."
        Define("BatchPoolInfo",
            Optional("poolId", TextUpTo(64)),
            Optional("autoPoolSpecification", Object("BatchAutoPoolSpecification")),
            ExactlyOneOf("poolId", "autoPoolSpecification"));

        Define("BatchAutoPoolSpecification",
            Optional("autoPoolIdPrefix", TextUpTo(20)),
            Required("poolLifetimeOption", Enum("jobschedule", "job")),
            Optional("keepAlive", Bool),
            Optional("pool", Object("BatchPoolSpecification")));
    }

    private static object[] JobSpecification() =>
    [
        Optional("displayName", DisplayName),
        Optional("usesTaskDependencies", Bool, false),
        Optional("priority", Int(-1000, 1000), 0),
        Optional("allowTaskPreemption", Bool, false),
        Optional("maxParallelTasks", Int(-1, int.MaxValue), -1),
        Optional("constraints", Object("BatchJobConstraints"), new JsonObject()),
        Optional("jobManagerTask", Object("BatchJobManagerTask")),
        Optional("jobPreparationTask", Object("BatchJobPreparationTask")),
        Optional("jobReleaseTask", Object("BatchJobReleaseTask")),
        Optional("commonEnvironmentSettings", ListOf("EnvironmentSetting")),
        Required("poolInfo", Object("BatchPoolInfo")),
        Optional("onAllTasksComplete", Enum("noaction", "terminatejob"), "noaction"),
        Optional("onTaskFailure", Enum("noaction", "performexitoptionsjobaction"), "noaction"),
        Optional("networkConfiguration", Object("BatchJobNetworkConfiguration")),
        Optional("metadata", ListOf("BatchMetadataItem")),
        MaxParallelTasksNotZero,
        Rule("jobReleaseTask", job => Has(job, "jobReleaseTask") && !Has(job, "jobPreparationTask"),
            "A Job Release task cannot be specified without also specifying a Job Preparation task for the job."),
    ];

    // BatchPoolLifetimeOption jobschedule: "You may apply this option only to Job Schedules, not to Jobs."
    private const string PoolLifetime = "poolInfo.autoPoolSpecification.poolLifetimeOption";

    private static readonly ObjectRule JobScheduleLifetimeRefused =
        Rule(PoolLifetime, job => string.Equals(TextAt(job, PoolLifetime), "jobschedule", StringComparison.OrdinalIgnoreCase),
            "poolLifetimeOption jobschedule applies only to job schedules, not to jobs.");

    // "The value of maxParallelTasks must be -1 or greater than 0 if specified."
    private static readonly ObjectRule MaxParallelTasksNotZero =
        Rule("maxParallelTasks", job => Integer(job, "maxParallelTasks") == 0,
            "maxParallelTasks must be -1 (no limit) or greater than 0.");
}
