using System;
using System.Collections.Generic;
using System.IO;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// Where a path really leads, following every symbolic link (and Windows junction) as the file
/// system would, and whether that stays inside a directory. A lexical check is not enough: a task
/// can leave <c>out.txt -> /home/me/.ssh/id_rsa</c> or <c>dir -> /</c> in its own directory.
/// The emulator's directories are kept free of links above the task directories (their roots are
/// made real at start), so "inside" compares the resolved path with the directory as named.
/// A check and the use that follows are two steps: a process that swaps a link in between is not
/// stopped (tasks run as the emulator's user and could touch those files anyway).
/// </summary>
internal static class ContainedPath
{
    /// <summary>The kernel's own limit on links in one lookup (Linux ELOOP).</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The real location of <paramref name="relative"/> under <paramref name="directory"/>, or null when
    /// it leads outside the directory (through '..' or a link) or through a loop of links. Parts that do
    /// not exist are kept as named.
    /// </summary>
    public static string? Resolve(string directory, string relative)
    {
        string boundary = Path.GetFullPath(directory);
        string? real = RealPath(Path.Join(boundary, relative));
        return real is not null && IsInside(real, boundary) ? real : null;
    }

    /// <summary>The path with every link followed; null on a loop. <paramref name="path"/> must be absolute.</summary>
    public static string? RealPath(string path)
    {
        string current = Path.GetPathRoot(path) ?? throw new ArgumentException("path: must be absolute.", nameof(path));
        var pending = new Stack<string>();
        PushSegments(pending, path[current.Length..]);
        int links = 0;
        while (pending.TryPop(out string? segment))
        {
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Join(current, segment);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            PushSegments(pending, target);
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or below it (both full paths).</summary>
    public static bool IsInside(string path, string directory)
    {
        string prefix = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return path.Equals(directory, PathComparison) || path.StartsWith(prefix, PathComparison);
    }

    /// <summary>True when the entry itself is a link (not followed).</summary>
    public static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null; // not a link (or gone): the rest is taken as named
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void PushSegments(Stack<string> pending, string path)
    {
        string[] segments = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }
}
