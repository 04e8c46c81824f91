using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Api;

/// <summary>
/// What the task file API may reach in a task directory: a filePath is relative, has no '.' or '..'
/// segments, and leads, links followed, to a place inside the task's directory (the spec: filePath
/// "cannot break out of the Task's working directory"). Listings show a link by what it points at
/// when that is inside, never enter it, and leave out links that lead outside or nowhere.
/// </summary>
internal static class TaskFilePaths
{
    private static readonly char[] Separators = OperatingSystem.IsWindows() ? ['/', '\\'] : ['/'];

    /// <summary>The real location the file path leads to; 400 when it leaves the task directory.</summary>
    public static string Resolve(string taskDir, string filePath) =>
        ContainedPath.Resolve(taskDir, Checked(filePath)) ?? throw LeadsOutside(filePath);

    /// <summary>
    /// The entry the file path names, for a delete: its directory resolved inside the task directory,
    /// its last part not followed, so deleting a link deletes the link and never what it points at.
    /// </summary>
    public static string ResolveEntry(string taskDir, string filePath)
    {
        string relative = Checked(filePath);
        string parent = ContainedPath.Resolve(taskDir, Path.GetDirectoryName(relative) ?? "") ?? throw LeadsOutside(filePath);
        return Path.Join(parent, Path.GetFileName(relative));
    }

    /// <summary>Up to <paramref name="limit"/> entries after the name <paramref name="after"/>, in tree order, links described by their target.</summary>
    public static IReadOnlyList<FileTreeEntry> Read(string taskDir, bool recursive, string after, int limit)
    {
        if (!Directory.Exists(taskDir) || ContainedPath.Resolve(taskDir, "") is null)
        {
            return []; // never ran, or the task directory itself was replaced by a link
        }
        var entries = new List<FileTreeEntry>(Math.Min(limit, 1000));
        foreach (FileTreeEntry entry in FileTreeWalker.Walk(taskDir, recursive, after))
        {
            if (Described(taskDir, entry) is { } described)
            {
                entries.Add(described);
                if (entries.Count == limit)
                {
                    break;
                }
            }
        }
        return entries;
    }

    private static FileTreeEntry? Described(string taskDir, FileTreeEntry entry)
    {
        if (!ContainedPath.IsLink(entry.Info))
        {
            return entry;
        }
        string? target = ContainedPath.Resolve(taskDir, entry.Name);
        return target is null ? null
            : Directory.Exists(target) ? entry with { Info = new DirectoryInfo(target) }
            : File.Exists(target) ? entry with { Info = new FileInfo(target) }
            : null;
    }

    private static string Checked(string filePath)
    {
        if (Path.IsPathRooted(filePath))
        {
            throw Invalid(filePath, "The file path must be relative to the task's directory.");
        }
        string[] segments = filePath.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            throw Invalid(filePath, "The file path must name a file or directory in the task's directory.");
        }
        if (segments.Any(segment => segment is "." or ".."))
        {
            throw Invalid(filePath, "The file path must not contain '.' or '..' segments.");
        }
        return string.Join(Path.DirectorySeparatorChar, segments);
    }

    private static BatchErrorException LeadsOutside(string filePath) =>
        Invalid(filePath, "The file path leads outside the task's directory (through a link).");

    private static BatchErrorException Invalid(string filePath, string reason) =>
        BatchErrorException.InvalidQuery("filePath", filePath, reason);
}
