using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Where Get-BatchTaskFile -Destination saves each file. An existing folder, or a path ending in a
/// separator (created when missing), receives each file as &lt;taskId&gt;/&lt;path in the task directory&gt;, so
/// files of several piped tasks never collide. Any other path is the file itself: its folder must exist,
/// and one run never writes it twice (a second task's file there is an error, not an overwrite).
/// </summary>
internal sealed class TaskFileDestinations
{
    private static readonly char[] Separators = { '/', '\\' };
    private readonly Dictionary<string, string> _written = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="destination">-Destination as given.</param>
    /// <param name="resolved">-Destination resolved against the current location.</param>
    /// <returns>The local file to write, or null with the error that says why it cannot be.</returns>
    public string? Resolve(string destination, string resolved, string taskId, string path, string target, out ErrorRecord? error)
    {
        error = null;
        string file;
        if (Directory.Exists(resolved) || destination.EndsWith("/", StringComparison.Ordinal) || destination.EndsWith("\\", StringComparison.Ordinal))
        {
            var root = Path.GetFullPath(resolved).TrimEnd(Separators) + Path.DirectorySeparatorChar;
            file = Path.GetFullPath(Path.Combine(root, taskId, Path.Combine(path.Split(Separators, StringSplitOptions.RemoveEmptyEntries))));
            if (!file.StartsWith(root, StringComparison.Ordinal))
            {
                error = Error($"The file '{path}' of task '{taskId}' would be saved outside the folder '{resolved}'; it was not saved.",
                    "BatchTaskFileOutsideDestination", ErrorCategory.SecurityError, target);
                return null;
            }
        }
        else
        {
            file = Path.GetFullPath(resolved);
            var folder = Path.GetDirectoryName(file);
            if (folder is null || !Directory.Exists(folder))
            {
                error = Error($"The folder '{folder}' of -Destination does not exist; create it first, or give an existing folder to save into.",
                    "BatchDestinationFolderNotFound", ErrorCategory.ObjectNotFound, target);
                return null;
            }
        }
        if (_written.TryGetValue(file, out var earlier))
        {
            error = Error($"'{file}' was already written by this command with {earlier}, so {target} was not saved over it. Give -Destination a folder to save one file per task.",
                "BatchDestinationConflict", ErrorCategory.ResourceExists, target);
            return null;
        }
        return file;
    }

    /// <summary>Records a file written by this run.</summary>
    public void Written(string file, string target) => _written[file] = target;

    private static ErrorRecord Error(string message, string errorId, ErrorCategory category, string target) =>
        new(new IOException(message), errorId, category, target) { ErrorDetails = new ErrorDetails(message) };
}
