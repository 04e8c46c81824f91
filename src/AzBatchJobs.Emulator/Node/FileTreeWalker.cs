using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AzBatchJobs.Emulator.Node;

/// <summary>An entry met by <see cref="FileTreeWalker"/>: its '/'-separated name under the root, and the entry itself.</summary>
internal readonly record struct FileTreeEntry(string Name, FileSystemInfo Info);

/// <summary>
/// Walks a directory tree lazily, one directory read at a time, in tree order: each directory's
/// entries sorted by ordinal name, a directory's contents right after it. Links are listed as
/// entries and never entered, so a loop of links (<c>ln -s . a</c>) cannot make the walk endless.
/// Memory holds the directories on the current path only, never the whole tree, and a walk can
/// start after a given name (a page's skip token) without reading what comes before it.
/// </summary>
internal static class FileTreeWalker
{
    /// <param name="after">A name in the tree's order: only entries that come after it are returned.</param>
    public static IEnumerable<FileTreeEntry> Walk(string root, bool recursive, string after = "")
    {
        string[] afterSegments = after.Length == 0 ? [] : after.Split('/');
        return WalkDirectory(new DirectoryInfo(root), "", recursive, afterSegments, 0);
    }

    // While depth < after.Length the walk is still on the path of `after` and skips what precedes it.
    private static IEnumerable<FileTreeEntry> WalkDirectory(DirectoryInfo directory, string prefix, bool recursive, string[] after, int depth)
    {
        foreach (FileSystemInfo entry in SortedEntries(directory))
        {
            string name = prefix + entry.Name;
            bool enter = recursive && entry is DirectoryInfo && !ContainedPath.IsLink(entry);
            int order = depth < after.Length ? string.CompareOrdinal(entry.Name, after[depth]) : 1;
            if (order < 0)
            {
                continue;
            }
            if (order > 0)
            {
                yield return new FileTreeEntry(name, entry);
            }
            if (enter)
            {
                // On the path of `after` (order == 0) the children continue from it; past it they all come after.
                string[] rest = order == 0 ? after : [];
                int nextDepth = order == 0 ? depth + 1 : 0;
                foreach (FileTreeEntry child in WalkDirectory((DirectoryInfo)entry, name + "/", recursive, rest, nextDepth))
                {
                    yield return child;
                }
            }
        }
    }

    private static FileSystemInfo[] SortedEntries(DirectoryInfo directory)
    {
        try
        {
            FileSystemInfo[] entries = directory.EnumerateFileSystemInfos().ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // removed or unreadable meanwhile: nothing to list there
        }
    }
}
