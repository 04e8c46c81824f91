using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Add-BatchTaskCollection: adds the piped or given tasks to a job in one request (at most 100 for now),
/// writes every task's outcome, and a non-terminating error, targeted at the task id, for each task not added.
/// </summary>
[Cmdlet("Add", "BatchTaskCollection", SupportsShouldProcess = true, DefaultParameterSetName = TaskSet)]
[OutputType(typeof(BatchTaskAddResult))]
public sealed class AddBatchTaskCollectionCommand : BatchCmdlet
{
    private const string TaskSet = "Task";
    private const string FieldsSet = "Fields";
    private const string Activity = "Add-BatchTaskCollection";
    private readonly List<BatchTaskCreateOptions> _tasks = new();

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? JobId { get; set; }

    /// <summary>The tasks: BatchTaskCreateOptions objects or hashtables with their properties.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = TaskSet)]
    [ValidateNotNull]
    public BatchTaskCreateOptions[]? Task { get; set; }

    /// <summary>A task's id, from the Id property of a piped object (e.g. a CSV row).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = FieldsSet)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>A task's command line, from the CommandLine property of a piped object.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = FieldsSet)]
    [ValidateNotNullOrEmpty]
    public string? CommandLine { get; set; }

    /// <summary>A task's display name, from the DisplayName property of a piped object.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = FieldsSet)]
    public string? DisplayName { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == FieldsSet)
            _tasks.Add(new BatchTaskCreateOptions { Id = Id, CommandLine = CommandLine, DisplayName = string.IsNullOrEmpty(DisplayName) ? null : DisplayName });
        else
            _tasks.AddRange(Task!);
    }

    protected override void EndProcessing()
    {
        var jobId = JobId!;
        if (_tasks.Count == 0) return;
        if (_tasks.Count > BatchInputValidator.MaxTasksPerCollection)
        {
            ThrowTerminatingError(new ErrorRecord(
                new System.ArgumentException($"Add-BatchTaskCollection sends one request of at most {BatchInputValidator.MaxTasksPerCollection} tasks; {_tasks.Count} were given. Split them into groups of {BatchInputValidator.MaxTasksPerCollection}.", "Task"),
                "BatchTooManyTasks", ErrorCategory.InvalidArgument, jobId));
        }
        var description = string.Format(CultureInfo.InvariantCulture, "Add {0} tasks", _tasks.Count);
        if (!ShouldProcess(jobId, description)) return;

        WriteProgress(new ProgressRecord(1, Activity, $"{description} to job {jobId}") { PercentComplete = 0 });
        var submitted = TryCall(jobId, async (client, token) => (await client.CreateTaskCollectionAsync(jobId, _tasks, cancellationToken: token).ConfigureAwait(false)).Value, out var result);
        WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed, PercentComplete = 100 });
        if (!submitted) return;

        var byId = result.Value.ToLookup(r => r.TaskId ?? "", System.StringComparer.OrdinalIgnoreCase);
        foreach (var task in _tasks)
        {
            foreach (var outcome in byId[task.Id ?? ""])
            {
                outcome.JobId ??= jobId;
                WriteObject(outcome);
                if (outcome.Status != BatchTaskAddStatus.Success) WriteError(FailureRecord(jobId, outcome));
            }
        }
    }

    private static ErrorRecord FailureRecord(string jobId, BatchTaskAddResult outcome)
    {
        var taskId = outcome.TaskId ?? "";
        var code = outcome.Error?.Code;
        var message = outcome.Error?.Message?.Value ?? "The service did not add the task.";
        var firstLine = message.Split('\n')[0].Trim();
        var details = string.Join(" ", (outcome.Error?.Values ?? new List<BatchErrorDetail>()).Select(v => $"{v.Key}: {v.Value}."));
        var status = outcome.Status?.ToString() ?? "unknown";
        var exception = new BatchTaskAddException(jobId, taskId, status, code, $"Task '{taskId}' was not added to job '{jobId}': {firstLine} ({status}, Batch error {code ?? "none"}) {details}".TrimEnd());
        var category = code is not null && code.EndsWith("Exists", System.StringComparison.OrdinalIgnoreCase) ? ErrorCategory.ResourceExists
            : outcome.Status == BatchTaskAddStatus.ServerError ? ErrorCategory.ResourceUnavailable
            : ErrorCategory.InvalidArgument;
        return new ErrorRecord(exception, code ?? "BatchTaskNotAdded", category, taskId) { ErrorDetails = new ErrorDetails(exception.Message) };
    }
}
