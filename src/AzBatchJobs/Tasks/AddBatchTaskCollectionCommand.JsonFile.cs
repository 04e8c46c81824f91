using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Add-BatchTaskCollection -JsonFile: a file of REST-shaped tasks (a JSON array, an add-collection body
/// {"value": [...]}, or JSON Lines). The whole file is checked first, streaming, so that nothing is sent
/// when any task in it is invalid; then it is streamed again into the engine, one task at a time.
/// </summary>
public sealed partial class AddBatchTaskCollectionCommand
{
    private const string JsonFileSet = "JsonFile";
    // Invalid tasks written as errors before the summary; the rest are counted.
    private const int ListedInvalidTasks = 100;

    private long _fileTasksRead;

    /// <summary>A file of tasks as the REST API has them: a JSON array, {"value": [...]}, or JSON Lines.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JsonFileSet)]
    [ValidateNotNullOrEmpty]
    public string? JsonFile { get; set; }

    /// <summary>Tasks of the file that the engine never read (so never sent), when a run ends early.</summary>
    private long FileTasksNotRead => JsonFile is null || _expectedCount is not long total ? 0 : total - Interlocked.Read(ref _fileTasksRead);

    private void SubmitFile()
    {
        string path;
        try
        {
            path = JsonDefinitionInput.ResolveFile(this, JsonFile!);
        }
        catch (System.Exception e) when (JsonDefinitionInput.IsFileError(e))
        {
            ThrowTerminatingError(JsonDefinitionInput.FileError(e, JsonFile!));
            return;
        }
        var count = CountValidTasks(path);
        if (count == 0)
        {
            WriteVerbose($"{JsonFile} holds no tasks.");
            return;
        }
        _expectedCount = count;
        var description = string.Format(CultureInfo.InvariantCulture, "Add {0} tasks from {1}", count, JsonFile);
        StartSubmission(description, (client, jobId, options, token) => client.AddTasksAsync(jobId, ReadFile(path), options, token));
    }

    /// <summary>Reads the whole file, checking each task; when any is invalid, writes why and ends the command.</summary>
    private long CountValidTasks(string path)
    {
        long valid = 0;
        long invalid = 0;
        try
        {
            using var stream = JsonDefinitionInput.OpenFile(path);
            foreach (var item in BatchDefinitionJson.ReadTasks(stream, JsonFile!))
            {
                if (Stopping) throw new PipelineStoppedException();
                if (item.Error is null)
                {
                    valid++;
                    continue;
                }
                if (++invalid <= ListedInvalidTasks) WriteError(JsonDefinitionInput.ToErrorRecord(item.Error, JsonFile));
            }
        }
        catch (System.Exception e) when (JsonDefinitionInput.IsFileError(e))
        {
            ThrowTerminatingError(JsonDefinitionInput.FileError(e, JsonFile!));
        }
        if (invalid == 0) return valid;
        var listed = invalid > ListedInvalidTasks ? string.Format(CultureInfo.InvariantCulture, " (the first {0} are listed)", ListedInvalidTasks) : "";
        var message = string.Format(CultureInfo.InvariantCulture, "{0}: {1} invalid {2}{3}; nothing was sent.", JsonFile, invalid, invalid == 1 ? "task" : "tasks", listed);
        ThrowTerminatingError(new ErrorRecord(new InvalidDataException(message), "InvalidBatchJsonFile", ErrorCategory.InvalidData, JsonFile));
        return 0;
    }

    /// <summary>The tasks of the file for the engine, read as it asks for them; they end early when the run stops.</summary>
    private IEnumerable<BatchTaskCreateOptions> ReadFile(string path)
    {
        using var stream = JsonDefinitionInput.OpenFile(path);
        foreach (var item in BatchDefinitionJson.ReadTasks(stream, JsonFile!))
        {
            if (_stopError is not null || StopToken.IsCancellationRequested) yield break;
            // Checked before anything was sent: an error now means the file changed since.
            if (item.Error is not null) throw item.Error;
            Interlocked.Increment(ref _fileTasksRead);
            yield return item.Value!;
        }
    }
}
