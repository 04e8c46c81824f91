namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// The job schedule bodies: create, update (PATCH), replace (PUT). Their jobSpecification is
/// BatchJobSpecification (SpecTable.Jobs.cs), where an auto pool may live as long as the schedule.
/// </summary>
internal static partial class SpecTable
{
    private static void AddJobScheduleDefinitions()
    {
        Define("BatchJobScheduleCreateOptions",
            Required("id", Id),
            Optional("displayName", DisplayName),
            Required("schedule", Object("BatchJobScheduleConfiguration")),
            Required("jobSpecification", Object("BatchJobSpecification")),
            Optional("metadata", ListOf("BatchMetadataItem")));

        // PATCH: what is given replaces what is stored, each property whole; the spec's
        // BatchJobSpecificationUpdate is BatchJobSpecification with nothing required.
        Define("BatchJobScheduleUpdateOptions",
            Optional("schedule", Object("BatchJobScheduleConfiguration")),
            Optional("jobSpecification", Object("BatchJobSpecificationUpdate")),
            Optional("metadata", ListOf("BatchMetadataItem")));

        // PUT: the writable properties of BatchJobSchedule; a schedule or metadata left out is removed.
        Define("BatchJobSchedule",
            Optional("schedule", Object("BatchJobScheduleConfiguration")),
            Required("jobSpecification", Object("BatchJobSpecification")),
            Optional("metadata", ListOf("BatchMetadataItem")));

        // startWindow and recurrenceInterval: "The minimum value is 1 minute. If you specify a lower
        // value, the Batch service rejects the schedule with an error".
        Define("BatchJobScheduleConfiguration",
            Optional("doNotRunUntil", DateTimeValue),
            Optional("doNotRunAfter", DateTimeValue),
            Optional("startWindow", DurationBetween(TimeSpan.FromMinutes(1), null)),
            Optional("recurrenceInterval", DurationBetween(TimeSpan.FromMinutes(1), null)));
    }
}
