using System.Text;
using System.Text.RegularExpressions;

namespace AzBatchJobs.Tests.Examples;

/// <summary>
/// What the documentation takes for granted, made fresh for each example in its own emulator:
/// - every job an example names (and does not create itself) exists, with preparation and release tasks,
///   a succeeded task (done-1), a failed one with a stderr (failed-1) and every task the example names;
/// - an example that names no job finds an active job (world-1) and a completed one (world-done);
/// - tasks are finished, except those an example changes or stops (Set-BatchTask, Stop-BatchTask, a
///   filter on 'running'), which are running;
/// - a job the example enables is disabled; a task whose subtasks it reads is multi-instance;
/// - jobs allow task dependencies when the example gives a task -DependsOn, and job actions of exit
///   conditions when it sets a JobAction (then without failed-1, whose failure would end the job);
/// - every job schedule an example names (and does not create itself) exists, active, with a job on pool1;
/// - tasks.csv, ids.txt, tasks.jsonl and Microsoft's job.json and tasks.json (samples/Json) are in the current folder.
/// Command lines are `hostname`, which runs on Windows and Linux. Jobs whose id starts with "no-such-" are
/// never made: examples use them to show errors.
/// </summary>
public static class ExampleWorld
{
    /// <summary>The only changes made to an example's text: placeholders for paths and scale.</summary>
    public static readonly IReadOnlyList<(string Placeholder, string Replacement, string Why)> Substitutions = new[]
    {
        ("./module/out/AzBatchJobs/AzBatchJobs.psd1", TestPaths.ModuleManifest, "the module folder of this build"),
        ("1..100000", "1..250", "the scale of a bulk add, not its behaviour"),
        ("samples/Json/", TestPaths.RepositoryRoot.Replace('\\', '/').TrimEnd('/') + "/samples/Json/", "the repository's sample definitions"),
    };

    private const string Literal = @"(?:'(?<v>[\w-]+)'|""(?<v>[\w-]+)""|(?<v>[A-Za-z0-9_][\w-]*))(?=\s|$|\)|;)";
    // Quoted ids piped into a command: 'a', 'b' | Get-BatchJob.
    private static readonly Regex PipedIds = new(@"(?<ids>(?:'[\w-]+'\s*,\s*)*'[\w-]+')\s*\|\s*(?<name>[A-Z][a-z]+-Batch\w+)", RegexOptions.CultureInvariant);
    private static readonly Regex Command = new(@"(?<name>[A-Z][a-z]+-Batch\w+)(?<args>[^|;\n]*)", RegexOptions.CultureInvariant);
    private static readonly string[] TaskCommands = { "Get-BatchTask", "Set-BatchTask", "Stop-BatchTask", "Remove-BatchTask", "Invoke-BatchTaskReactivate", "Wait-BatchTask", "Get-BatchTaskFile", "Get-BatchSubtask" };

    public static string Adapt(string code) =>
        Substitutions.Aggregate(code, (text, s) => text.Replace(s.Placeholder, s.Replacement, StringComparison.Ordinal));

    /// <summary>The files the examples read from the current folder.</summary>
    public static void WriteFiles(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "tasks.csv"), "Id,CommandLine\ncsv-1,hostname\ncsv-2,hostname\ncsv-3,hostname\n");
        File.WriteAllText(Path.Combine(folder, "ids.txt"), "txt-1\ntxt-2\ntxt-3\n");
        File.WriteAllText(Path.Combine(folder, "tasks.jsonl"), "{\"id\":\"jsonl-1\",\"commandLine\":\"hostname\"}\n{\"id\":\"jsonl-2\",\"commandLine\":\"hostname\"}\n");
        foreach (var sample in new[] { "job.json", "tasks.json" })
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "samples", "Json", sample), Path.Combine(folder, sample));
    }

    /// <summary>A script that makes the jobs and tasks the example takes for granted.</summary>
    public static string Setup(string code)
    {
        var named = Named(code);
        var script = new StringBuilder("""
            $sleep = if ($IsWindows) { 'ping -n 300 127.0.0.1' } else { 'sleep 300' }
            function Wait-World([string] $JobId, [int] $Completed, [int] $Running) {
                $deadline = (Get-Date).AddSeconds(30)
                do {
                    if ((Get-Date) -gt $deadline) { throw "The tasks of $JobId did not reach $Completed completed and $Running running." }
                    Start-Sleep -Milliseconds 50
                    $counts = (Get-BatchTaskCount -JobId $JobId).TaskCounts
                } while ($counts.Completed -lt $Completed -or $counts.Running -lt $Running)
            }

            """);
        foreach (var scheduleId in named.Schedules.Except(named.CreatedSchedules, StringComparer.OrdinalIgnoreCase))
            script.AppendLine($"New-BatchJobSchedule -Id '{scheduleId}' -PoolId pool1 -RecurrenceInterval 3600 | Out-Null");
        var jobs = named.Jobs.Where(j => !named.CreatedJobs.Contains(j.Key)).ToList();
        if (named.Jobs.Count == 0 && named.CreatedJobs.Count == 0 && named.Schedules.Count == 0)
        {
            jobs.Add(new("world-1", new HashSet<string>()));
            jobs.Add(new("world-done", new HashSet<string>()));
        }
        // A job that acts on task failures is terminated by a failed task: such a world has none.
        var jobActions = code.Contains("JobAction", StringComparison.OrdinalIgnoreCase) ? " -OnTaskFailure PerformExitOptionsJobAction" : "";
        foreach (var (jobId, tasks) in jobs)
        {
            var finished = tasks.Where(t => !named.CreatedTasks.Contains($"{jobId}/{t}") && !named.Running.Contains(t))
                .Union(jobActions.Length == 0 ? new[] { "done-1", "failed-1" } : new[] { "done-1" }, StringComparer.OrdinalIgnoreCase).ToList();
            var running = tasks.Where(named.Running.Contains).Concat(named.FiltersRunning ? new[] { "running-1" } : Array.Empty<string>()).ToList();
            var dependencies = code.Contains("-DependsOn", StringComparison.OrdinalIgnoreCase) ? " -UsesTaskDependencies" : "";
            script.AppendLine($"New-BatchJob -Id '{jobId}' -PoolId pool1{dependencies}{jobActions} -JobPreparationTask @{{ CommandLine = 'hostname' }} -JobReleaseTask @{{ CommandLine = 'hostname' }} | Out-Null");
            foreach (var task in finished)
            {
                var command = task == "failed-1" ? "hostname --no-such-option" : "hostname";
                var instances = named.MultiInstance.Contains($"{jobId}/{task}") ? " -MultiInstanceSettings @{ NumberOfInstances = 2; CoordinationCommandLine = 'hostname' }" : "";
                script.AppendLine($"New-BatchTask -JobId '{jobId}' -Id '{task}' -CommandLine '{command}'{instances} | Out-Null");
            }
            foreach (var task in running) script.AppendLine($"New-BatchTask -JobId '{jobId}' -Id '{task}' -CommandLine $sleep | Out-Null");
            script.AppendLine($"Wait-World '{jobId}' {finished.Count} {running.Count}");
            if (named.Disabled.Contains(jobId)) script.AppendLine($"Disable-BatchJob -Id '{jobId}' -DisableTasks requeue");
            if (jobId == "world-done") script.AppendLine("Stop-BatchJob -Id world-done -Force");
        }
        return script.ToString();
    }

    private sealed class Names
    {
        public Dictionary<string, HashSet<string>> Jobs { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> CreatedJobs { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> CreatedTasks { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Schedules { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> CreatedSchedules { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Disabled { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> MultiInstance { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Running { get; } = new(StringComparer.OrdinalIgnoreCase);
        public bool FiltersRunning { get; set; }
    }

    // The jobs and tasks the example's commands name, and what it does with them.
    private static Names Named(string code)
    {
        var names = new Names { FiltersRunning = code.Contains("'running'", StringComparison.Ordinal) };
        foreach (Match piped in PipedIds.Matches(code))
        {
            if (!piped.Groups["name"].Value.EndsWith("-BatchJob", StringComparison.Ordinal)) continue;
            foreach (var id in piped.Groups["ids"].Value.Split(',').Select(i => i.Trim().Trim('\'')))
            {
                if (!id.StartsWith("no-such-", StringComparison.OrdinalIgnoreCase)) names.Jobs.TryAdd(id, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            }
        }
        foreach (Match command in Command.Matches(code))
        {
            var name = command.Groups["name"].Value;
            var args = command.Groups["args"].Value;
            if (name.EndsWith("-BatchJobSchedule", StringComparison.Ordinal))
            {
                if ((Argument(args, "Id") ?? FirstPositional(args)) is { } scheduleId && !scheduleId.StartsWith("no-such-", StringComparison.OrdinalIgnoreCase))
                    (name == "New-BatchJobSchedule" ? names.CreatedSchedules : names.Schedules).Add(scheduleId);
                continue;
            }
            var jobId = Argument(args, "JobId") ?? (name.EndsWith("-BatchJob", StringComparison.Ordinal) ? Argument(args, "Id") ?? FirstPositional(args) : null);
            var taskIds = TaskCommands.Contains(name) ? Arguments(args, "TaskId").Concat(Arguments(args, "Id")).ToList() : new List<string>();
            if (jobId is null || jobId.StartsWith("no-such-", StringComparison.OrdinalIgnoreCase)) continue;
            if (name == "New-BatchJob")
            {
                names.CreatedJobs.Add(jobId);
                continue;
            }
            if (!names.Jobs.TryGetValue(jobId, out var tasks)) names.Jobs[jobId] = tasks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (name == "Enable-BatchJob") names.Disabled.Add(jobId);
            if (name == "New-BatchTask" && Argument(args, "Id") is { } newTask) names.CreatedTasks.Add($"{jobId}/{newTask}");
            foreach (var taskId in taskIds)
            {
                tasks.Add(taskId);
                if (name == "Get-BatchSubtask") names.MultiInstance.Add($"{jobId}/{taskId}");
                if (name is "Set-BatchTask" or "Stop-BatchTask") names.Running.Add(taskId);
            }
        }
        return names;
    }

    private static string? Argument(string args, string parameter) => Arguments(args, parameter).FirstOrDefault();

    // The values of a parameter given as a literal or a comma-separated list of them; patterns (with *) name nothing to make.
    private static IEnumerable<string> Arguments(string args, string parameter)
    {
        var value = $@"(?:'[\w*-]+'|""[\w*-]+""|[A-Za-z0-9_][\w*-]*)";
        var match = Regex.Match(args, $@"(?:^|\s)-{parameter}\s+(?<list>{value}(?:\s*,\s*{value})*)(?=\s|$|\)|;)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success
            ? match.Groups["list"].Value.Split(',').Select(v => v.Trim().Trim('\'', '"')).Where(v => !v.Contains('*'))
            : Enumerable.Empty<string>();
    }

    // The first word after the command, when it is not a parameter.
    private static string? FirstPositional(string args)
    {
        var match = Regex.Match(args, $@"^\s+{Literal}", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups["v"].Value : null;
    }
}
