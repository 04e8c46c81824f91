using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>Reads a task file as lines or as one text, or saves it to a local file without leaving a partial one behind.</summary>
internal static class TaskFileTransfer
{
    private const int BufferSize = 81920;

    public static async IAsyncEnumerable<string> ReadLines(BatchClient client, string jobId, string taskId, string path,
        [EnumeratorCancellation] CancellationToken token)
    {
        using var content = await client.GetTaskFileAsync(jobId, taskId, path, cancellationToken: token).ConfigureAwait(false);
        using var reader = new StreamReader(content.Content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string? line;
        while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            token.ThrowIfCancellationRequested();
            yield return line;
        }
    }

    public static async Task<string> ReadText(BatchClient client, string jobId, string taskId, string path, CancellationToken token)
    {
        using var content = await client.GetTaskFileAsync(jobId, taskId, path, cancellationToken: token).ConfigureAwait(false);
        using var reader = new StreamReader(content.Content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }

    /// <summary>Downloads into a hidden file beside the destination, then puts it in place: a failure leaves the destination as it was.</summary>
    public static async Task<FileInfo> Save(BatchClient client, string jobId, string taskId, string path, string destination, CancellationToken token)
    {
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var content = await client.GetTaskFileAsync(jobId, taskId, path, cancellationToken: token).ConfigureAwait(false))
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.Content.CopyToAsync(file, BufferSize, token).ConfigureAwait(false);
            }
            if (File.Exists(destination))
                File.Replace(partial, destination, null);
            else
                File.Move(partial, destination);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
        return new FileInfo(destination);
    }
}
