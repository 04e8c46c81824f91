using System.Globalization;
using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.OData;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Task files: served from the task's directory, &lt;data&gt;/jobs/&lt;jobId&gt;/tasks/&lt;taskId&gt;/.</summary>
internal sealed class TaskFileOperations
{
    private readonly BatchStore _store;

    public TaskFileOperations(BatchStore store) => _store = store;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/jobs/{jobId}/tasks/{taskId}/files", ListAsync);
        routes.MapGet("/jobs/{jobId}/tasks/{taskId}/files/{*filePath}", GetAsync);
        routes.MapMethods("/jobs/{jobId}/tasks/{taskId}/files/{*filePath}", ["HEAD"], HeadAsync);
        routes.MapDelete("/jobs/{jobId}/tasks/{taskId}/files/{*filePath}", DeleteAsync);
    }

    private Task ListAsync(HttpContext context, string jobId, string taskId)
    {
        var query = ListQuery.From(context.Request, FilterSchema.Files);
        bool recursive = RecursiveFlag(context.Request);
        var task = _store.GetTask(jobId, taskId);
        string root = _store.TaskDirectory(task.JobId, task.Id);
        return ListWriter.WriteAsync(context, query, "files",
            (after, limit) => TaskFilePaths.Read(root, recursive, after, limit),
            e => e.Name, e => new JsonObject { ["name"] = e.Name, ["isDirectory"] = e.Info is DirectoryInfo },
            e => NodeFile(context.Request, task, e.Name, e.Info));
    }

    private static JsonObject NodeFile(HttpRequest request, TaskRecord task, string name, FileSystemInfo info)
    {
        bool isDirectory = info is DirectoryInfo;
        var properties = new JsonObject
        {
            ["creationTime"] = StoredDoc.Time(info.CreationTimeUtc),
            ["lastModified"] = StoredDoc.Time(info.LastWriteTimeUtc),
            ["contentLength"] = isDirectory ? 0 : ((FileInfo)info).Length,
            ["contentType"] = isDirectory ? null : "application/octet-stream",
        };
        if (!OperatingSystem.IsWindows())
        {
            properties["fileMode"] = Convert.ToString((int)info.UnixFileMode, 8);
        }
        return new JsonObject
        {
            ["name"] = name,
            ["url"] = FileUrl(request, task, name),
            ["isDirectory"] = isDirectory,
            ["properties"] = properties,
        };
    }

    private static string FileUrl(HttpRequest request, TaskRecord task, string name) =>
        Urls.Task(request, task.JobId, task.Id) + "/files/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    private async Task GetAsync(HttpContext context, string jobId, string taskId, string filePath)
    {
        var file = CheckedFileWithHeaders(context, jobId, taskId, filePath);
        long start = 0;
        long length = file.Length;
        string range = context.Request.Headers["ocp-range"].ToString();
        if (range.Length > 0)
        {
            // The spec answers a ranged read with 200 (not 206), and Microsoft's SDKs accept only that.
            (start, length) = ParseRange(range, file.Length);
        }
        context.Response.ContentLength = length;
        await using var stream = file.OpenRead();
        stream.Seek(start, SeekOrigin.Begin);
        byte[] buffer = new byte[81920];
        long remaining = length;
        while (remaining > 0)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), context.RequestAborted);
            if (read == 0)
            {
                break;
            }
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            remaining -= read;
        }
    }

    private Task HeadAsync(HttpContext context, string jobId, string taskId, string filePath)
    {
        var file = CheckedFileWithHeaders(context, jobId, taskId, filePath);
        context.Response.ContentLength = file.Length;
        return Task.CompletedTask;
    }

    /// <summary>What get and get-properties share: the file (404 if missing), its conditions, its headers.</summary>
    private FileInfo CheckedFileWithHeaders(HttpContext context, string jobId, string taskId, string filePath)
    {
        filePath = DecodeSeparators(filePath);
        var task = _store.GetTask(jobId, taskId);
        var file = new FileInfo(TaskFilePaths.Resolve(_store.TaskDirectory(task.JobId, task.Id), filePath));
        if (!file.Exists)
        {
            throw FileNotFound();
        }
        // The spec gives file reads If-Modified-Since and If-Unmodified-Since (no ETag conditions).
        Conditions.For(context.Request)(new EntityVersion("", file.LastWriteTimeUtc));
        WriteFileHeaders(context, task, filePath, file);
        return file;
    }

    private Task DeleteAsync(HttpContext context, string jobId, string taskId, string filePath)
    {
        filePath = DecodeSeparators(filePath);
        var task = _store.GetTask(jobId, taskId);
        string path = TaskFilePaths.ResolveEntry(_store.TaskDirectory(task.JobId, task.Id), filePath);
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
        {
            // The link itself goes; what it points at stays.
            if (entry.Attributes.HasFlag(FileAttributes.Directory))
            {
                Directory.Delete(path);
            }
            else
            {
                File.Delete(path);
            }
        }
        else if (Directory.Exists(path))
        {
            bool recursive = RecursiveFlag(context.Request);
            if (!recursive && Directory.EnumerateFileSystemEntries(path).Any())
            {
                throw BatchErrorException.Conflict("DirectoryNotEmpty",
                    "The directory is not empty; set recursive=true to delete it with its contents.");
            }
            Directory.Delete(path, recursive);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
        else
        {
            throw FileNotFound();
        }
        return Task.CompletedTask;
    }

    // The official SDKs send the file path as one escaped segment (wd%2Fout.txt); routing decodes
    // everything but %2F, so the separators are decoded here.
    private static string DecodeSeparators(string filePath) =>
        filePath.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static void WriteFileHeaders(HttpContext context, TaskRecord task, string filePath, FileInfo file)
    {
        var headers = context.Response.Headers;
        headers.ContentType = "application/octet-stream";
        headers.LastModified = file.LastWriteTimeUtc.ToString("R");
        headers["ocp-creation-time"] = file.CreationTimeUtc.ToString("R");
        headers["ocp-batch-file-isdirectory"] = "false";
        headers["ocp-batch-file-url"] = FileUrl(context.Request, task, filePath);
        if (!OperatingSystem.IsWindows())
        {
            headers["ocp-batch-file-mode"] = Convert.ToString((int)file.UnixFileMode, 8);
        }
    }

    private static (long Start, long Length) ParseRange(string range, long size)
    {
        const string prefix = "bytes=";
        string[] parts = range.StartsWith(prefix, StringComparison.Ordinal) ? range[prefix.Length..].Split('-') : [];
        if (parts.Length == 2 &&
            long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long start) && start < size)
        {
            long end = parts[1].Length == 0 ? size - 1
                : long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long given) && given >= start ? Math.Min(given, size - 1)
                : -1;
            if (end >= start)
            {
                return (start, end - start + 1);
            }
        }
        throw new BatchErrorException(416, "InvalidRange", "The range specified is invalid for the current size of the resource.",
            ("HeaderName", "ocp-range"), ("HeaderValue", range));
    }

    private static bool RecursiveFlag(HttpRequest request)
    {
        string text = request.Query["recursive"].ToString();
        if (text.Length == 0)
        {
            return false;
        }
        return bool.TryParse(text, out bool value) ? value
            : throw BatchErrorException.InvalidQuery("recursive", text, "recursive must be true or false.");
    }

    private static BatchErrorException FileNotFound() =>
        new(404, "FileNotFound", "The specified file does not exist.");
}
