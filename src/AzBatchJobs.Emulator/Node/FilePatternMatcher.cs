using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AzBatchJobs.Emulator.Node;

/// <summary>A file matched by an output file pattern, with its name relative to the pattern's base.</summary>
internal sealed record MatchedFile(string FullPath, string RelativeName);

/// <summary>
/// Matches an output file's filePattern against the task's files, with the spec's rules:
/// relative patterns are relative to the task working directory (<c>../stdout.txt</c> is the task's
/// stdout); <c>*</c> matches any characters within a name, <c>**</c> any directories, <c>?</c> one
/// character, <c>[abc]</c>, <c>[a-c]</c> and <c>[!abc]</c> one character of (or not of) a set;
/// names starting with '.' are matched only by a pattern segment that starts with '.'; a wildcard
/// character is escaped with brackets (<c>abc[*]</c>). Environment variables ($VAR or ${VAR} on
/// Linux, %VAR% on Windows) are expanded first. '/' separates directories; on Windows '\' too.
/// RelativeName is the path from the pattern's last directory without wildcards; for a pattern
/// without wildcards it is the file name. Wildcards never enter a link to a directory, and skip a
/// link to a file that leads out of the task directory; a relative pattern without wildcards that
/// leads out of it is refused. Environment variables come from the task's environment only.
/// </summary>
internal static class FilePatternMatcher
{
    public static IReadOnlyList<MatchedFile> Match(string pattern, string workingDir, IReadOnlyDictionary<string, string> environment)
    {
        string expanded = ExpandVariables(pattern, environment);
        if (OperatingSystem.IsWindows())
        {
            expanded = expanded.Replace('\\', '/');
        }
        bool rooted = Path.IsPathRooted(expanded);
        string[] segments = expanded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return [];
        }
        int firstWild = Array.FindIndex(segments, HasWildcard);
        string baseRelative = string.Join(Path.DirectorySeparatorChar, firstWild < 0 ? segments : segments.Take(firstWild));

        // A relative pattern reaches only the task directory (the working directory and, through '..',
        // stdout.txt and stderr.txt beside it), by where its links really lead. An absolute one names
        // any place, as the spec allows.
        string? boundary = rooted ? null : Path.GetDirectoryName(Path.GetFullPath(workingDir));
        string? baseDir = boundary is null
            ? Path.GetFullPath(Path.Combine(Path.GetPathRoot(expanded)!, baseRelative))
            : ContainedPath.Resolve(boundary, Path.Join(Path.GetFileName(Path.GetFullPath(workingDir)), baseRelative));

        if (firstWild < 0)
        {
            if (baseDir is null)
            {
                throw new ArgumentException(
                    $"filePattern: '{pattern}' leads outside the task directory (through '..' or a link); a relative pattern reaches only the task's own files.",
                    "filePattern");
            }
            return File.Exists(baseDir) ? [new MatchedFile(baseDir, segments[^1])] : [];
        }
        if (baseDir is null || !Directory.Exists(baseDir))
        {
            return [];
        }

        Regex regex = ToRegex(segments.Skip(firstWild).ToArray());
        var matches = new List<MatchedFile>();
        foreach (FileTreeEntry entry in FileTreeWalker.Walk(baseDir, recursive: true))
        {
            if (entry.Info is FileInfo && regex.IsMatch(entry.Name) && Followed(entry.Info, boundary) is { } file)
            {
                matches.Add(new MatchedFile(file, entry.Name));
            }
        }
        matches.Sort((a, b) => string.CompareOrdinal(a.RelativeName, b.RelativeName));
        return matches;
    }

    // A file link matched by a wildcard counts only where it leads to a file inside the boundary.
    private static string? Followed(FileSystemInfo file, string? boundary)
    {
        if (!ContainedPath.IsLink(file))
        {
            return file.FullName;
        }
        string? target = boundary is null
            ? ContainedPath.RealPath(file.FullName)
            : ContainedPath.Resolve(boundary, Path.GetRelativePath(boundary, file.FullName));
        return target is not null && File.Exists(target) ? target : null;
    }

    private static bool HasWildcard(string segment) => segment.IndexOfAny(['*', '?', '[']) >= 0;

    private static Regex ToRegex(string[] segments)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < segments.Length; i++)
        {
            bool last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                // Any number of directories not starting with '.'; as the last segment, also the file.
                regex.Append(@"(?:(?!\.)[^/]+/)*");
                if (last)
                {
                    regex.Append(@"(?!\.)[^/]+");
                }
                continue;
            }
            regex.Append(SegmentToRegex(segments[i]));
            if (!last)
            {
                regex.Append('/');
            }
        }
        regex.Append('$');
        var options = RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(regex.ToString(), options);
    }

    private static string SegmentToRegex(string segment)
    {
        var regex = new StringBuilder();
        if (!segment.StartsWith('.'))
        {
            regex.Append(@"(?!\.)");
        }
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    int close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }
                    regex.Append(CharacterClass(segment.Substring(i + 1, close - i - 1)));
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.ToString();
    }

    private static string CharacterClass(string body)
    {
        bool negate = body.StartsWith('!');
        var set = new StringBuilder(negate ? "[^/" : "[");
        foreach (char c in negate ? body.Substring(1) : body)
        {
            set.Append(c is '-' ? "-" : Regex.Escape(c.ToString()).Replace("]", @"\]"));
        }
        return set.Append(']').ToString();
    }

    private static string ExpandVariables(string pattern, IReadOnlyDictionary<string, string> environment)
    {
        string Lookup(string name) => environment.TryGetValue(name, out string? value) ? value : string.Empty;

        return OperatingSystem.IsWindows()
            ? Regex.Replace(pattern, "%([A-Za-z_][A-Za-z0-9_]*)%", m => Lookup(m.Groups[1].Value))
            : Regex.Replace(pattern, @"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))",
                m => Lookup(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));
    }
}
