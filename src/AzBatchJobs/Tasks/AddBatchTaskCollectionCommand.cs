using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Add-BatchTaskCollection: streams the piped or given tasks, any number of them, into the client's bulk
/// engine (exactly once, several requests at a time), writes every task's outcome, and a non-terminating
/// error, targeted at the task id, for each task not added. Under -ErrorAction Stop the first error ends
/// the run: nothing more is sent, the requests already sent are answered, and a warning sums it up.
/// With -JsonFile the tasks come from a file of REST-shaped JSON (AddBatchTaskCollectionCommand.JsonFile.cs).
/// </summary>
[Cmdlet("Add", "BatchTaskCollection", SupportsShouldProcess = true, DefaultParameterSetName = TaskSet)]
[OutputType(typeof(BatchTaskSubmitOutcome))]
public sealed partial class AddBatchTaskCollectionCommand : BatchCmdlet
{
    private const string TaskSet = "Task";
    private const string Activity = "Add-BatchTaskCollection";
    // Tasks waiting between the pipeline and the engine: a few requests' worth, never the whole input.
    private const int FeedCapacity = 500;

    private readonly SubmissionTally _tally = new();
    private PipelineDispatcher? _dispatcher;
    private TaskFeed? _feed;
    private Task<long>? _work;
    private bool _declined;
    private bool _finished;
    private long? _expectedCount;
    private long _discarded;
    // The stop that an error under -ErrorAction Stop raised, rethrown once what was sent is settled.
    private PipelineStoppedException? _stopError;

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>The tasks: BatchTaskCreateOptions objects, hashtables, objects such as CSV rows whose properties are task properties, or JSON text.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = TaskSet)]
    [ValidateNotNull]
    public PSObject[]? Task { get; set; }

    /// <summary>Add-collection requests (of up to 100 tasks each) in flight at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 4;

    protected override void BeginProcessing()
    {
        // -Task given by name is bound before any input: its length is the total, for progress.
        if (MyInvocation.BoundParameters.ContainsKey("Task") && Task is not null) _expectedCount = Task.Length;
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == JsonFileSet)
        {
            SubmitFile();
            return;
        }
        foreach (var input in Task!)
        {
            if (_declined || _stopError is not null) break;
            if (TaskInput.TryConvert(input, JobId!, out var task, out var error))
            {
                Feed(task);
            }
            else
            {
                _tally.CountRefused();
                WriteErrorOrStop(error!);
            }
        }
        if (_dispatcher is not null && _stopError is null) Pumping(_dispatcher.PumpPending);
        StopIfAsked();
    }

    protected override void EndProcessing()
    {
        if (_dispatcher is null || _work is null) return;
        _feed?.Complete();
        Pumping(_dispatcher.PumpToEnd);
        StopIfAsked();
        Pumping(() => _work.GetAwaiter().GetResult());
        _finished = true;
        CompleteProgress();
    }

    private void Feed(BatchTaskCreateOptions task)
    {
        if (_feed is null && !Start()) return;
        while (!_feed!.TryAdd(task))
        {
            // Full: run the engine's output until it has read more (it posts a wake-up then).
            var running = false;
            Pumping(() => running = _dispatcher!.PumpOne());
            if (_stopError is not null) return;
            if (running) continue;
            // The engine ended before reading everything: its exception says why.
            Pumping(() => _work!.GetAwaiter().GetResult());
            throw new PSInvalidOperationException("The bulk submission ended before all tasks were read.");
        }
    }

    private bool Start()
    {
        var description = _expectedCount is long count
            ? string.Format(CultureInfo.InvariantCulture, "Add {0} tasks", count)
            : "Add the piped tasks";
        // The engine reads the feed only once the submission has started, so the dispatcher is set by then.
        var feed = new TaskFeed(FeedCapacity, () => _dispatcher?.Post(() => { }));
        if (!StartSubmission(description, (client, jobId, options, token) => client.AddTasksAsync(jobId, feed.ReadAllAsync(token), options, token))) return false;
        _feed = feed;
        return true;
    }

    /// <summary>Asks ShouldProcess, then starts the engine on the tasks <paramref name="submit"/> gives it, its outcomes pumped on the pipeline thread.</summary>
    private bool StartSubmission(string description, Func<BatchClient, string, BatchTaskSubmitOptions, CancellationToken, IAsyncEnumerable<BatchTaskSubmitOutcome>> submit)
    {
        var jobId = JobId!;
        if (!ShouldProcess(jobId, description))
        {
            _declined = true;
            return false;
        }
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var options = new BatchTaskSubmitOptions
        {
            MaxParallelRequests = ThrottleLimit,
            ExpectedCount = _expectedCount,
            Progress = new ForwardingProgress<BatchTaskSubmitProgress>(p => dispatcher.Post(() => WriteProgress(ProgressOf(jobId, p)))),
        };
        WriteProgress(new ProgressRecord(1, Activity, $"{description} to job {jobId}") { PercentComplete = _expectedCount is null ? -1 : 0 });
        _dispatcher = dispatcher;
        _work = StartBridged(dispatcher, async token =>
        {
            long count = 0;
            await foreach (var outcome in submit(client, jobId, options, token).ConfigureAwait(false))
            {
                count++;
                _tally.Count(outcome);
                dispatcher.Post(() => Report(outcome));
            }
            return count;
        });
        return true;
    }

    private void Report(BatchTaskSubmitOutcome outcome)
    {
        if (_stopError is not null) return;
        WriteObject(outcome);
        if (outcome.Status is BatchTaskSubmitStatus.Failed or BatchTaskSubmitStatus.Unknown)
            WriteErrorOrStop(SubmitOutcomeError.ToErrorRecord(outcome));
    }

    private void CompleteProgress() =>
        WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed, PercentComplete = 100 });

    private static ProgressRecord ProgressOf(string jobId, BatchTaskSubmitProgress progress)
    {
        var pending = progress.Remaining ?? progress.Read - progress.Completed;
        var status = string.Format(CultureInfo.InvariantCulture,
            "Job {0}: {1} added, {2} already existed, {3} failed, {4} {5}, {6:F0} tasks/s",
            jobId, progress.Added, progress.AlreadyExisted, progress.Failed, pending,
            progress.Remaining is null ? "in flight" : "remaining", progress.TasksPerSecond);
        return new ProgressRecord(1, Activity, status) { PercentComplete = progress.PercentComplete };
    }
}
