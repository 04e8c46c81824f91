using System.IO;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Get-BatchTaskFile: lists a task's files; with -Path (or a piped file) reads one, line by line or
/// whole with -Raw, or saves it under -Destination. Lines and saved files carry JobId, TaskId and
/// TaskFilePath, so the task they came from stays known down the pipeline.
/// </summary>
[Cmdlet("Get", "BatchTaskFile", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchNodeFile), ParameterSetName = new[] { ListSet })]
[OutputType(typeof(string), typeof(FileInfo), ParameterSetName = new[] { PathSet, FileObjectSet })]
public sealed class GetBatchTaskFileCommand : BatchCmdlet
{
    private const string ListSet = "List";
    private const string PathSet = "Path";
    private const string FileObjectSet = "InputObject";

    private readonly TaskFileDestinations _destinations = new();

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ListSet)]
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? JobId { get; set; }

    /// <summary>The task's id (a piped task's Id binds here).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ListSet)]
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string? TaskId { get; set; }

    /// <summary>The file's path in the task directory, e.g. stdout.txt: the first positional argument, so a piped task needs only it.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>A file as the listing returns it: read (or saved) like -Path.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = FileObjectSet)]
    [ValidateNotNull]
    public BatchNodeFile? InputObject { get; set; }

    /// <summary>Saves the file here (a file, or a folder that receives &lt;taskId&gt;/&lt;path&gt;) instead of returning its text.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = FileObjectSet)]
    [ValidateNotNullOrEmpty]
    public string? Destination { get; set; }

    /// <summary>Returns the whole file as one string instead of one string per line.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = FileObjectSet)]
    public SwitchParameter Raw { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Recursive { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void BeginProcessing()
    {
        if (Raw && Destination is not null)
        {
            var exception = new PSArgumentException("-Raw returns the file's text and -Destination saves the file: give one of them.");
            ThrowTerminatingError(new ErrorRecord(exception, "BatchRawWithDestination", ErrorCategory.InvalidArgument, Destination)
            {
                ErrorDetails = new ErrorDetails(exception.Message),
            });
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ListSet)
        {
            List(JobId!, TaskId!);
            return;
        }
        var (jobId, taskId, path) = ParameterSetName == FileObjectSet
            ? (InputObject!.JobId, InputObject.TaskId, InputObject.Name)
            : (JobId, TaskId, Path);
        var target = $"{jobId}/{taskId}/{path}";
        if (string.IsNullOrEmpty(jobId) || string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(path) || InputObject?.IsDirectory == true)
        {
            var reason = InputObject?.IsDirectory == true
                ? $"'{path}' is a directory: only files can be read or saved (list it with -Recursive)."
                : "The piped file does not say which job, task and path it belongs to: give -JobId, -TaskId and -Path.";
            WriteError(new ErrorRecord(new PSArgumentException(reason), "BatchTaskFileNotReadable", ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(reason),
            });
            return;
        }
        if (Destination is not null)
            Save(jobId!, taskId!, path!, target);
        else if (Raw)
            ReadText(jobId!, taskId!, path!, target);
        else
            ReadLines(jobId!, taskId!, path!, target);
    }

    private void List(string jobId, string taskId)
    {
        var options = ListParameters.Create(Filter, null, null, MaxCount);
        bool? recursive = Recursive.IsPresent ? true : null;
        try
        {
            Stream((client, token) => client.GetTaskFilesAsync(jobId, taskId, recursive, options, token), f => WriteObject(f), MaxCount);
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, $"{jobId}/{taskId}");
        }
    }

    private void ReadLines(string jobId, string taskId, string path, string target)
    {
        try
        {
            Stream((client, token) => TaskFileTransfer.ReadLines(client, jobId, taskId, path, token), line => WriteObject(FromTask(line, jobId, taskId, path)));
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, target);
        }
    }

    private void ReadText(string jobId, string taskId, string path, string target)
    {
        if (TryCall(target, (client, token) => TaskFileTransfer.ReadText(client, jobId, taskId, path, token), out var text))
            WriteObject(FromTask(text, jobId, taskId, path));
    }

    private void Save(string jobId, string taskId, string path, string target)
    {
        var resolved = GetUnresolvedProviderPathFromPSPath(Destination!);
        var file = _destinations.Resolve(Destination!, resolved, taskId, path, target, out var error);
        if (file is null)
        {
            WriteError(error!);
            return;
        }
        try
        {
            if (!TryCall(target, (client, token) => TaskFileTransfer.Save(client, jobId, taskId, path, file, token), out var saved)) return;
            _destinations.Written(file, target);
            WriteObject(FromTask(saved, jobId, taskId, path));
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            var message = $"{target} could not be saved to '{file}': {e.Message}";
            WriteError(new ErrorRecord(e, "BatchTaskFileNotSaved", ErrorCategory.WriteError, target) { ErrorDetails = new ErrorDetails(message) });
        }
    }

    /// <summary>A line, text or saved file that says which task file it came from.</summary>
    private static PSObject FromTask(object value, string jobId, string taskId, string path)
    {
        var result = PSObject.AsPSObject(value);
        result.Properties.Add(new PSNoteProperty("JobId", jobId));
        result.Properties.Add(new PSNoteProperty("TaskId", taskId));
        result.Properties.Add(new PSNoteProperty("TaskFilePath", path));
        return result;
    }
}
