using System.Globalization;
using System.Management.Automation;
using System.Threading.Tasks;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Add-BatchTaskCollection: streams the piped or given tasks, any number of them, into the client's bulk
/// engine (exactly once, several requests at a time), writes every task's outcome, and a non-terminating
/// error, targeted at the task id, for each task not added.
/// </summary>
[Cmdlet("Add", "BatchTaskCollection", SupportsShouldProcess = true, DefaultParameterSetName = TaskSet)]
[OutputType(typeof(BatchTaskSubmitOutcome))]
public sealed class AddBatchTaskCollectionCommand : BatchCmdlet
{
    private const string TaskSet = "Task";
    private const string FieldsSet = "Fields";
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

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
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
        if (_declined) return;
        if (ParameterSetName == FieldsSet)
        {
            Feed(new BatchTaskCreateOptions { Id = Id, CommandLine = CommandLine, DisplayName = string.IsNullOrEmpty(DisplayName) ? null : DisplayName });
        }
        else
        {
            foreach (var task in Task!)
            {
                if (_declined) return;
                Feed(task);
            }
        }
        if (_dispatcher is not null) Pumping(_dispatcher.PumpPending);
    }

    protected override void EndProcessing()
    {
        if (_feed is null || _dispatcher is null || _work is null) return;
        _feed.Complete();
        Pumping(_dispatcher.PumpToEnd);
        Pumping(() => _work.GetAwaiter().GetResult());
        _finished = true;
        WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed, PercentComplete = 100 });
    }

    /// <summary>The pipeline ended without EndProcessing (Ctrl+C while another command ran, or an upstream error).</summary>
    protected override void OnDisposing()
    {
        if (_work is null || _finished) return;
        CancelWork();
        try
        {
            _work.Wait();
        }
        catch (System.AggregateException)
        {
        }
        WriteStoppedSummary();
    }

    private void Feed(BatchTaskCreateOptions task)
    {
        if (_feed is null && !Start()) return;
        while (!_feed!.TryAdd(task))
        {
            // Full: run the engine's output until it has read more (it posts a wake-up then).
            var running = false;
            Pumping(() => running = _dispatcher!.PumpOne());
            if (running) continue;
            // The engine ended before reading everything: its exception says why.
            Pumping(() => _work!.GetAwaiter().GetResult());
            throw new PSInvalidOperationException("The bulk submission ended before all tasks were read.");
        }
    }

    private bool Start()
    {
        var jobId = JobId!;
        var description = _expectedCount is long count
            ? string.Format(CultureInfo.InvariantCulture, "Add {0} tasks", count)
            : "Add the piped tasks";
        if (!ShouldProcess(jobId, description))
        {
            _declined = true;
            return false;
        }
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var feed = new TaskFeed(FeedCapacity, () => dispatcher.Post(() => { }));
        var options = new BatchTaskSubmitOptions
        {
            MaxParallelRequests = ThrottleLimit,
            ExpectedCount = _expectedCount,
            Progress = new ForwardingProgress<BatchTaskSubmitProgress>(p => dispatcher.Post(() => WriteProgress(ProgressOf(jobId, p)))),
        };
        WriteProgress(new ProgressRecord(1, Activity, $"{description} to job {jobId}") { PercentComplete = _expectedCount is null ? -1 : 0 });
        _dispatcher = dispatcher;
        _feed = feed;
        _work = StartBridged(dispatcher, async token =>
        {
            long count = 0;
            await foreach (var outcome in client.AddTasksAsync(jobId, feed.ReadAllAsync(token), options, token).ConfigureAwait(false))
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
        WriteObject(outcome);
        if (outcome.Status is BatchTaskSubmitStatus.Failed or BatchTaskSubmitStatus.Unknown)
            WriteError(SubmitOutcomeError.ToErrorRecord(outcome));
    }

    /// <summary>Runs pipeline-thread work of the submission; a stop (Ctrl+C) ends with the summary of what happened.</summary>
    private void Pumping(System.Action step)
    {
        try
        {
            step();
        }
        catch (System.OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            WriteStoppedSummary();
            throw new PipelineStoppedException();
        }
        catch (PipelineStoppedException)
        {
            WriteStoppedSummary();
            throw;
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            // The submission as a whole failed (e.g. an invalid job id): a terminating error, after the summary.
            WriteStoppedSummary();
            ThrowTerminatingError(BatchErrorMapper.ToErrorRecord(e, JobId));
        }
    }

    private void WriteStoppedSummary()
    {
        if (_finished) return;
        _finished = true;
        // The pipeline takes no more output once stopped; the host still shows a line.
        Host?.UI?.WriteWarningLine(_tally.StoppedSummary(JobId!, _feed?.Unread ?? 0));
    }

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
