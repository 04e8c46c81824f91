using System.Management.Automation;
using AzBatchJobs.Tests.Shell;
using AzBatchJobs.Tests.Static;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Add-BatchTaskCollection with REST-shaped JSON: -JsonFile (checked whole, then streamed) and piped JSON Lines.</summary>
public sealed class JsonTaskFileCmdletTests : IClassFixture<BatchShell>, IDisposable
{
    private const string AddCollection = "AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand";
    private readonly BatchShell _shell;
    private readonly string _folder = Directory.CreateTempSubdirectory("azbj-tasks-").FullName;

    public JsonTaskFileCmdletTests(BatchShell shell) => _shell = shell;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string MicrosoftTasks => Path.Combine(TestPaths.RepositoryRoot, "samples", "Json", "tasks.json");

    [Fact]
    public void Microsofts_add_collection_body_is_added_through_the_engine_with_progress()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            Add-BatchTaskCollection -JobId $job -JsonFile $file
            $complex = Get-BatchTask -JobId $job -Id complex1
            "$($complex.MultiInstanceSettings.NumberOfInstances) $($complex.Constraints.MaxTaskRetryCount) $($complex.ResourceFiles[0].AutoStorageContainerName)"
            """, ("job", job), ("file", MicrosoftTasks)).AssertSucceeded();

        Assert.Equal(["complex1", "simple3"], result.Output.Take(2).Select(o => o.Properties["TaskId"].Value).Order());
        Assert.All(result.Output.Take(2), o => Assert.Equal("Added", o.Properties["Status"].Value.ToString()));
        Assert.Equal("3 5 containerName", result.Lines[2]);
        Assert.Contains(result.Progress, p => p.StatusDescription == $"Add 2 tasks from {MicrosoftTasks} to job {job}" && p.PercentComplete == 0);
    }

    [Theory]
    [InlineData("tasks.json", "[\n{0},\n{1}\n]")]
    [InlineData("tasks.jsonl", "{0}\n{1}\n")]
    public void An_array_and_json_lines_are_read_from_a_file_relative_to_the_location(string name, string layout)
    {
        var job = _shell.NewJob(disabled: true);
        File.WriteAllText(Path.Combine(_folder, name), string.Format(layout, """{"id":"one","commandLine":"echo 1"}""", """{"id":"two","commandLine":"echo 2","displayName":"Two"}"""));
        _shell.Run("Set-Location $folder; Add-BatchTaskCollection -JobId $job -JsonFile $name | Out-Null", ("folder", _folder), ("job", job), ("name", name)).AssertSucceeded();

        Assert.Equal(["one", "two"], _shell.TaskIds(job));
    }

    [Fact]
    public void A_file_with_invalid_tasks_is_refused_whole_before_anything_is_sent()
    {
        var job = _shell.NewJob(disabled: true);
        File.WriteAllText(Path.Combine(_folder, "tasks.json"), """
            [
              { "id": "fine", "commandLine": "echo" },
              { "id": "file", "commandLine": "echo", "resourceFiles": [ { "httpUrl": "https://x/a", "filePath": 17 } ] },
              { "id": "no-command" },
              { "id": "fine2", "commandLine": "echo", "colour": "red" }
            ]
            """);
        var result = _shell.Run("Set-Location $folder; Add-BatchTaskCollection -JobId $job -JsonFile tasks.json -Verbose", ("folder", _folder), ("job", job));

        // Each invalid task, then the statement ends with the summary (a terminating error: the script goes on).
        Assert.Empty(result.Output);
        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors.Take(3), e => Assert.Equal($"InvalidBatchJson,{AddCollection}", e.FullyQualifiedErrorId));
        Assert.Equal(["file", "no-command", "fine2"], result.Errors.Take(3).Select(e => e.TargetObject));
        Assert.Equal("tasks.json: [1].resourceFiles[0].filePath: expected a string, found a number.", result.Errors[0].ToString());
        Assert.Equal("tasks.json: [2].commandLine is required.", result.Errors[1].ToString());
        Assert.StartsWith("tasks.json: [3].colour: is not a property of BatchTaskCreateOptions;", result.Errors[2].ToString());
        var summary = result.Errors[3];
        Assert.Equal($"InvalidBatchJsonFile,{AddCollection}", summary.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, summary.CategoryInfo.Category);
        Assert.Equal("tasks.json: 3 invalid tasks; nothing was sent.", summary.ToString());
        Assert.DoesNotContain(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal));
        Assert.Empty(_shell.TaskIds(job));
    }

    [Fact]
    public void Invalid_json_is_named_by_its_line_and_nothing_is_sent()
    {
        var job = _shell.NewJob(disabled: true);
        File.WriteAllText(Path.Combine(_folder, "broken.jsonl"), "{\"id\":\"a\",\"commandLine\":\"x\"}\n{\"id\":\"b\",\"commandLine\":\"x\"}\n{\"id\":\"c\",\"commandLine\":\n");
        var result = _shell.Run("Set-Location $folder; Add-BatchTaskCollection -JobId $job -JsonFile broken.jsonl -ErrorAction Continue; 'after'", ("folder", _folder), ("job", job));

        Assert.Equal(["after"], result.Lines);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("broken.jsonl: line 3: invalid JSON: the input ends before this item is complete (a closing '}', ']' or '\"' is missing).", result.Errors[0].ToString());
        Assert.Equal("broken.jsonl: 1 invalid task; nothing was sent.", result.Errors[1].ToString());
        Assert.Empty(_shell.TaskIds(job));
        var missing = Assert.Single(_shell.Run("Add-BatchTaskCollection -JobId $job -JsonFile nowhere.json", ("job", job)).Errors);
        Assert.Equal($"JsonFileNotFound,{AddCollection}", missing.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
    }

    [Fact]
    public void WhatIf_checks_the_file_and_says_how_many_tasks_it_would_add()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("Add-BatchTaskCollection -JobId $job -JsonFile $file -WhatIf", ("job", job), ("file", MicrosoftTasks)).AssertSucceeded();

        Assert.Empty(result.Output);
        Assert.Empty(_shell.TaskIds(job));
        var whatIf = _shell.RunWhile($"Add-BatchTaskCollection -JobId {job} -JsonFile '{MicrosoftTasks}' -WhatIf", (_, _) => { });
        Assert.Contains(whatIf.HostLines, l => l.Contains($"Add 2 tasks from {MicrosoftTasks}") && l.Contains(job));
    }

    [Fact]
    public void Piped_json_lines_are_tasks_and_each_invalid_line_is_named_by_its_file_and_line()
    {
        var job = _shell.NewJob(disabled: true);
        File.WriteAllText(Path.Combine(_folder, "tasks.jsonl"), "{\"id\":\"a\",\"commandLine\":\"x\"}\n{\"id\":\"b\",\"commandLine\":3}\n{\"id\":\"c\",\"commandLine\":\"x\"}\n");
        var result = _shell.Run("Set-Location $folder; Get-Content tasks.jsonl | Add-BatchTaskCollection -JobId $job", ("folder", _folder), ("job", job));

        Assert.Equal(["a", "c"], result.Output.Select(o => o.Properties["TaskId"].Value).Order());
        var error = Assert.Single(result.Errors);
        Assert.Equal($"InvalidBatchJson,{AddCollection}", error.FullyQualifiedErrorId);
        Assert.Equal("b", error.TargetObject);
        Assert.Equal("tasks.jsonl: line 2: commandLine: expected a string, found a number.", error.ToString());
        Assert.Equal(["a", "c"], _shell.TaskIds(job));
    }

    [Fact]
    public void A_hundred_thousand_piped_json_lines_stream_with_a_bounded_number_of_tasks_held()
    {
        const int count = 100_000;
        var job = _shell.NewJob(disabled: true);
        var file = Path.Combine(_folder, "many.jsonl");
        File.WriteAllLines(file, Enumerable.Range(0, count).Select(i => $$"""{"id":"t{{i}}","commandLine":"echo {{i}}"}"""));
        // Held: lines given to Add-BatchTaskCollection whose outcome has not come out yet (in its feed, the engine, its queues).
        var result = _shell.Run("""
            $read = 0; $done = 0; $held = 0
            filter Count-Read { $script:read++; $_ }
            filter Count-Done { $script:done++; if ($script:read - $script:done -gt $script:held) { $script:held = $script:read - $script:done } }
            Get-Content $file | Count-Read | Add-BatchTaskCollection -JobId $job | Count-Done
            $done; $held
            """, ("file", file), ("job", job)).AssertSucceeded();

        Assert.Equal(count.ToString(), result.Lines[0]);
        var held = int.Parse(result.Lines[1]);
        Assert.InRange(held, 1, 5_000);
    }
}
