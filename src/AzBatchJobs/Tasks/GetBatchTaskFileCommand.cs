using System.IO;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchTaskFile: lists a task's files, reads one as text, or saves it to a local path.</summary>
[Cmdlet("Get", "BatchTaskFile", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchNodeFile), typeof(string), typeof(FileInfo))]
public sealed class GetBatchTaskFileCommand : BatchCmdlet
{
    private const string ListSet = "List";
    private const string ContentSet = "Content";
    private const string DownloadSet = "Download";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>The task's id (a piped task's Id binds here).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TaskIdCompleter))]
    public string? TaskId { get; set; }

    /// <summary>The file's path in the task directory, e.g. stdout.txt (a piped file's Name binds here).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true, ParameterSetName = ContentSet)]
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true, ParameterSetName = DownloadSet)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Saves the file here instead of returning its text.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DownloadSet)]
    [ValidateNotNullOrEmpty]
    public string? Destination { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Recursive { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, TaskId!);
        switch (ParameterSetName)
        {
            case ContentSet:
                var target = $"{jobId}/{taskId}/{Path}";
                if (TryCall(target, (client, token) => ReadText(client, jobId, taskId, Path!, token), out var text)) WriteObject(text);
                break;
            case DownloadSet:
                var destination = GetUnresolvedProviderPathFromPSPath(Destination!);
                if (TryCall($"{jobId}/{taskId}/{Path}", (client, token) => Save(client, jobId, taskId, Path!, destination, token), out var file)) WriteObject(file);
                break;
            default:
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
                break;
        }
    }

    private static async Task<string> ReadText(Client.BatchClient client, string jobId, string taskId, string path, System.Threading.CancellationToken token)
    {
        using var content = await client.GetTaskFileAsync(jobId, taskId, path, cancellationToken: token).ConfigureAwait(false);
        using var reader = new StreamReader(content.Content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }

    private static async Task<FileInfo> Save(Client.BatchClient client, string jobId, string taskId, string path, string destination, System.Threading.CancellationToken token)
    {
        using var content = await client.GetTaskFileAsync(jobId, taskId, path, cancellationToken: token).ConfigureAwait(false);
        using (var file = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.Content.CopyToAsync(file, 81920, token).ConfigureAwait(false);
        }
        return new FileInfo(destination);
    }
}
