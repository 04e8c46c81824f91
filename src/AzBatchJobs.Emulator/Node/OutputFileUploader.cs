using System;
using System.Collections.Generic;
using System.IO;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// An output file of a task (the spec's OutputFile, with destination.container flattened):
/// UploadCondition is the wire value tasksuccess, taskfailure or taskcompletion.
/// </summary>
internal sealed record OutputFileRequest(string FilePattern, string ContainerUrl, string? Path, string UploadCondition);

/// <summary>
/// Uploads a task's output files after its process exits. Only file:// container URLs are
/// supported: the container is a local directory, and each matched file is copied to
/// <c>&lt;container&gt;/&lt;blob name&gt;</c>. Blob names follow the spec: for a pattern without wildcards,
/// path (or the file name when path is omitted); with wildcards, path as a virtual directory
/// before each file's relative name. Any other destination (Azure Storage) fails the task with
/// failure code FileUploadMiscError, category usererror, as the service reports an upload that
/// could not be done. A pattern that matches no file uploads nothing and is not an error.
/// </summary>
internal static class OutputFileUploader
{
    /// <param name="exitCode">The process exit code; null when the process never ran (nothing is uploaded).</param>
    /// <returns>null when all uploads that applied succeeded, else why the task failed.</returns>
    public static TaskFailureInfo? UploadAll(
        IEnumerable<OutputFileRequest> outputs, string workingDir, int? exitCode, IReadOnlyDictionary<string, string> environment)
    {
        if (exitCode is null)
        {
            return null;
        }
        foreach (OutputFileRequest output in outputs)
        {
            if (!Applies(output.UploadCondition, exitCode.Value))
            {
                continue;
            }
            TaskFailureInfo? failure = Upload(output, workingDir, environment);
            if (failure is not null)
            {
                return failure;
            }
        }
        return null;
    }

    private static bool Applies(string condition, int exitCode) => condition.ToLowerInvariant() switch
    {
        "tasksuccess" => exitCode == 0,
        "taskfailure" => exitCode != 0,
        "taskcompletion" => true,
        _ => throw new ArgumentException(
            $"outputFiles.uploadOptions.uploadCondition: '{condition}' is not one of tasksuccess, taskfailure, taskcompletion.",
            nameof(condition)),
    };

    private static TaskFailureInfo? Upload(OutputFileRequest output, string workingDir, IReadOnlyDictionary<string, string> environment)
    {
        if (!Uri.TryCreate(output.ContainerUrl, UriKind.Absolute, out Uri? container) || !container.IsFile)
        {
            return Failure(
                $"The emulator uploads output files only to file:// container URLs; '{UrlRedaction.Redact(output.ContainerUrl)}' needs Azure Storage.",
                output);
        }

        IReadOnlyList<MatchedFile> files;
        try
        {
            files = FilePatternMatcher.Match(output.FilePattern, workingDir, environment);
        }
        catch (ArgumentException e)
        {
            return Failure(e.Message, output);
        }
        bool wildcard = output.FilePattern.IndexOfAny(['*', '?', '[']) >= 0;
        foreach (MatchedFile file in files)
        {
            string blobName = wildcard
                ? (string.IsNullOrEmpty(output.Path) ? file.RelativeName : output.Path.TrimEnd('/') + "/" + file.RelativeName)
                : (string.IsNullOrEmpty(output.Path) ? file.RelativeName : output.Path);
            string? target = BlobPath(container.LocalPath, blobName);
            if (target is null)
            {
                return Failure($"The output file path '{blobName}' leaves the container.", output);
            }
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file.FullPath, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Failure($"Uploading '{file.RelativeName}' to '{UrlRedaction.Redact(output.ContainerUrl)}' failed: {e.Message}", output);
            }
        }
        return null;
    }

    private static string? BlobPath(string containerDir, string blobName)
    {
        string root = System.IO.Path.GetFullPath(containerDir);
        string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, blobName.TrimStart('/')));
        return full.StartsWith(root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : null;
    }

    private static TaskFailureInfo Failure(string message, OutputFileRequest output) =>
        TaskFailureInfo.User(TaskFailureCodes.FileUploadMiscError, message,
            new FailureDetail("FilePattern", output.FilePattern),
            new FailureDetail("ContainerUrl", UrlRedaction.Redact(output.ContainerUrl)));
}
