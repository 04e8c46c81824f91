using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Emulator.Node;

/// <summary>A resource file of a task (the spec's ResourceFile); exactly one source is set.</summary>
internal sealed record ResourceFileRequest(
    string? HttpUrl,
    string? StorageContainerUrl,
    string? AutoStorageContainerName,
    string? BlobPrefix,
    string? FilePath,
    string? FileMode);

/// <summary>
/// Downloads a task's resource files into its working directory before the command line runs.
/// Supported sources: httpUrl with http://, https:// or file://, and storageContainerUrl with
/// file:// (a local directory, filtered by blobPrefix). autoStorageContainerName and non-file
/// container URLs need Azure Storage, which the emulator does not have. The first failure stops
/// the download and is returned as the service's pre-processing failure info (category usererror,
/// codes BlobNotFound, BlobAccessDenied, BlobDownloadTimedOut, BlobDownloadMiscError,
/// ResourceFileWriteFailed). Messages show URLs without their query string (SAS tokens). A file path
/// that leads out of the working directory, by '..' or through a link left there by an earlier
/// attempt, fails with ResourceFileWriteFailed; a local container's links to directories are not entered.
/// </summary>
internal sealed class ResourceFileDownloader
{
    private readonly HttpClient _http;

    public ResourceFileDownloader(HttpClient http)
    {
        _http = http;
    }

    /// <returns>null when every file was downloaded, else why the task failed.</returns>
    public async Task<TaskFailureInfo?> DownloadAllAsync(
        IEnumerable<ResourceFileRequest> files, string workingDir, CancellationToken cancellationToken)
    {
        foreach (ResourceFileRequest file in files)
        {
            TaskFailureInfo? failure = await DownloadAsync(file, workingDir, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }
        }
        return null;
    }

    private async Task<TaskFailureInfo?> DownloadAsync(ResourceFileRequest file, string workingDir, CancellationToken cancellationToken)
    {
        if (file.HttpUrl is { } httpUrl)
        {
            if (!Uri.TryCreate(httpUrl, UriKind.Absolute, out Uri? source))
            {
                return Failure(TaskFailureCodes.BlobDownloadMiscError, $"The resource file URL '{UrlRedaction.Redact(httpUrl)}' is not an absolute URL.", httpUrl, file.FilePath);
            }
            string? target = TargetPath(workingDir, file.FilePath ?? Path.GetFileName(source.LocalPath));
            if (target is null)
            {
                return OutsideWorkingDirectory(httpUrl, file.FilePath);
            }
            TaskFailureInfo? failure = source.IsFile
                ? CopyLocalFile(source.LocalPath, target, httpUrl, file.FilePath)
                : await FetchAsync(source, target, httpUrl, file.FilePath, cancellationToken).ConfigureAwait(false);
            return failure ?? ApplyFileMode(target, file, httpUrl);
        }

        if (file.StorageContainerUrl is { } containerUrl)
        {
            if (!Uri.TryCreate(containerUrl, UriKind.Absolute, out Uri? container) || !container.IsFile)
            {
                return Failure(TaskFailureCodes.BlobDownloadMiscError,
                    $"The emulator reads storageContainerUrl only from file:// URLs; '{UrlRedaction.Redact(containerUrl)}' needs Azure Storage.",
                    containerUrl, file.FilePath);
            }
            return CopyLocalContainer(container.LocalPath, file, workingDir, containerUrl);
        }

        string name = file.AutoStorageContainerName ?? "(none)";
        return Failure(TaskFailureCodes.BlobDownloadMiscError,
            $"The emulator has no auto-storage account; the resource file from container '{name}' cannot be downloaded.",
            name, file.FilePath);
    }

    private static TaskFailureInfo? CopyLocalFile(string sourcePath, string target, string url, string? filePath)
    {
        if (!File.Exists(sourcePath))
        {
            return Failure(TaskFailureCodes.BlobNotFound, $"The resource file '{UrlRedaction.Redact(url)}' does not exist.", url, filePath);
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(sourcePath, target, overwrite: true);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            return Failure(TaskFailureCodes.BlobAccessDenied, $"Access to the resource file '{UrlRedaction.Redact(url)}' was denied: {e.Message}", url, filePath);
        }
        catch (IOException e)
        {
            return Failure(TaskFailureCodes.ResourceFileWriteFailed, $"The resource file '{UrlRedaction.Redact(url)}' could not be written: {e.Message}", url, filePath);
        }
    }

    private static TaskFailureInfo? CopyLocalContainer(string containerDir, ResourceFileRequest file, string workingDir, string url)
    {
        if (!Directory.Exists(containerDir))
        {
            return Failure(TaskFailureCodes.BlobNotFound, $"The resource container '{UrlRedaction.Redact(url)}' does not exist.", url, file.FilePath);
        }
        if (TargetPath(workingDir, file.FilePath ?? ".") is null)
        {
            return OutsideWorkingDirectory(url, file.FilePath);
        }
        string prefix = (file.BlobPrefix ?? string.Empty).Replace('\\', '/');
        foreach (FileTreeEntry blob in FileTreeWalker.Walk(containerDir, recursive: true))
        {
            if (blob.Info is not FileInfo || !blob.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            string? target = TargetPath(workingDir, Path.Join(file.FilePath, blob.Name));
            TaskFailureInfo? failure = target is null
                ? OutsideWorkingDirectory(url, file.FilePath)
                : CopyLocalFile(blob.Info.FullName, target, url, file.FilePath);
            if (failure is not null)
            {
                return failure;
            }
        }
        return null;
    }

    private async Task<TaskFailureInfo?> FetchAsync(Uri source, string target, string url, string? filePath, CancellationToken cancellationToken)
    {
        if (source.Scheme != Uri.UriSchemeHttp && source.Scheme != Uri.UriSchemeHttps)
        {
            return Failure(TaskFailureCodes.BlobDownloadMiscError, $"The resource file URL scheme '{source.Scheme}' is not supported (use http, https or file).", url, filePath);
        }
        try
        {
            using HttpResponseMessage response = await _http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string code = response.StatusCode switch
                {
                    HttpStatusCode.NotFound => TaskFailureCodes.BlobNotFound,
                    HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => TaskFailureCodes.BlobAccessDenied,
                    _ => TaskFailureCodes.BlobDownloadMiscError,
                };
                return Failure(code, $"Downloading the resource file '{UrlRedaction.Redact(url)}' failed with HTTP status {(int)response.StatusCode}.", url, filePath);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None);
            await response.Content.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(TaskFailureCodes.BlobDownloadTimedOut, $"Downloading the resource file '{UrlRedaction.Redact(url)}' timed out.", url, filePath);
        }
        catch (HttpRequestException e)
        {
            // The exception message may repeat the URL with its query; report only the error kind.
            return Failure(TaskFailureCodes.BlobDownloadMiscError, $"The resource file '{UrlRedaction.Redact(url)}' could not be reached ({e.HttpRequestError}).", url, filePath);
        }
        catch (IOException e)
        {
            return Failure(TaskFailureCodes.ResourceFileWriteFailed, $"The resource file '{UrlRedaction.Redact(url)}' could not be written: {e.Message}", url, filePath);
        }
    }

    private static TaskFailureInfo? ApplyFileMode(string target, ResourceFileRequest file, string url)
    {
        if (file.FileMode is null || OperatingSystem.IsWindows())
        {
            return null;
        }
        if (!int.TryParse(file.FileMode, NumberStyles.None, CultureInfo.InvariantCulture, out _) || file.FileMode.Length > 4
            || file.FileMode.Contains('8') || file.FileMode.Contains('9'))
        {
            return Failure(TaskFailureCodes.ResourceFileWriteFailed, $"fileMode '{file.FileMode}' is not an octal file mode such as 0770.", url, file.FilePath);
        }
        File.SetUnixFileMode(target, (UnixFileMode)Convert.ToInt32(file.FileMode, 8));
        return null;
    }

    // The target inside the working directory with every link followed (an earlier attempt may have
    // left "data -> /home/me"), or null when it would leave the working directory.
    private static string? TargetPath(string workingDir, string relative) =>
        string.IsNullOrEmpty(relative) || Path.IsPathRooted(relative) ? null : ContainedPath.Resolve(workingDir, relative);

    private static TaskFailureInfo OutsideWorkingDirectory(string url, string? filePath) =>
        Failure(TaskFailureCodes.ResourceFileWriteFailed,
            $"The resource file path '{filePath}' must be a relative path inside the task working directory (no '..', no link that leads out).", url, filePath);

    private static TaskFailureInfo Failure(string code, string message, string source, string? filePath) =>
        TaskFailureInfo.User(code, message,
            new FailureDetail("ResourceFileSource", UrlRedaction.Redact(source)),
            new FailureDetail("FilePath", filePath ?? string.Empty));
}
