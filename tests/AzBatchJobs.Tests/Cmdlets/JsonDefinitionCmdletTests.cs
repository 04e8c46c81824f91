using System.Management.Automation;
using System.Text.Json.Nodes;
using AzBatchJobs.Tests.Shell;
using AzBatchJobs.Tests.Static;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New-BatchJob and New-BatchTask from REST-shaped JSON, and ConvertTo-BatchJson back, as a user types them.</summary>
public sealed class JsonDefinitionCmdletTests : IClassFixture<BatchShell>, IDisposable
{
    private const string NewJob = "AzBatchJobs.Cmdlets.NewBatchJobCommand";
    private const string NewTask = "AzBatchJobs.Cmdlets.NewBatchTaskCommand";
    private readonly BatchShell _shell;
    private readonly string _folder = Directory.CreateTempSubdirectory("azbj-json-").FullName;

    public JsonDefinitionCmdletTests(BatchShell shell) => _shell = shell;

    public static string FullJobFile => Path.Combine(TestPaths.RepositoryRoot, "tests", "data", "full-job.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_full_job_definition_round_trips_through_JsonFile_and_ConvertTo_BatchJson()
    {
        var id = BatchShell.NewId("full");
        var copy = BatchShell.NewId("copy");
        var original = JsonNode.Parse(File.ReadAllText(FullJobFile))!.AsObject();
        string[] secrets =
        [
            "poolInfo.autoPoolSpecification.pool.userAccounts[0].password",
            "poolInfo.autoPoolSpecification.pool.mountConfiguration[2].cifsMountConfiguration.password",
            "poolInfo.autoPoolSpecification.pool.mountConfiguration[3].azureFileShareConfiguration.accountKey",
        ];
        var expected = original.DeepClone().AsObject();
        foreach (var secret in secrets) RemoveAt(expected, secret);

        var first = _shell.Run("""
            $null = New-BatchJob -JsonFile $file -Id $id
            Get-BatchJob $id | ConvertTo-BatchJson
            """, ("file", FullJobFile), ("id", id)).AssertSucceeded();
        expected["id"] = id;
        AssertSameJson(expected, JsonNode.Parse(first.Lines[0]), "$");
        Assert.DoesNotContain("Example-not-a-secret", first.Lines[0]);
        Assert.Equal($"Secrets were left out of the JSON of '{id}': {string.Join(", ", secrets)}. Add them where you use the JSON.", Assert.Single(first.Warnings).Message);

        // The service never returns secrets: they are put back where the JSON is used, and the job is copied.
        var back = JsonNode.Parse(first.Lines[0])!.AsObject();
        foreach (var secret in secrets) CopyAt(original, back, secret);
        File.WriteAllText(Path.Combine(_folder, "back.json"), back.ToJsonString());
        var second = _shell.Run("""
            Set-Location $folder
            $null = New-BatchJob -JsonFile ./back.json -Id $copy
            Get-BatchJob $copy | ConvertTo-BatchJson -WarningAction SilentlyContinue
            """, ("folder", _folder), ("copy", copy)).AssertSucceeded();
        expected["id"] = copy;
        AssertSameJson(expected, JsonNode.Parse(second.Lines[0]), "$");
    }

    [Fact]
    public void Parameters_given_with_the_json_win_for_the_properties_they_set()
    {
        var id = BatchShell.NewId("over");
        var result = _shell.Run("""
            $json = '{ "id": "from-json", "priority": 1, "allowTaskPreemption": true, "poolInfo": { "poolId": "json-pool" }, "metadata": [ { "name": "kept", "value": "yes" } ] }'
            $job = New-BatchJob -Json $json -Id $id -Priority 7 -PoolId cli-pool -AllowTaskPreemption:$false
            $job.Id; $job.Priority; $job.PoolInfo.PoolId; $job.AllowTaskPreemption; $job.Metadata[0].Name
            """, ("id", id)).AssertSucceeded();

        Assert.Equal([id, "7", "cli-pool", "False", "kept"], result.Lines);
    }

    [Fact]
    public void An_invalid_job_file_names_every_problem_by_its_path_and_creates_nothing()
    {
        var id = BatchShell.NewId("bad");
        File.WriteAllText(Path.Combine(_folder, "job.json"), $$"""
            { "id": "{{id}}", "poolInfo": { "poolId": 5 }, "priority": "high", "jobManagerTask": { "id": "m", "comandLine": "x" }, "state": "active" }
            """);
        var result = _shell.Run("""
            Set-Location $folder
            New-BatchJob -JsonFile job.json
            New-BatchJob -JsonFile missing.json
            New-BatchJob -Json '{ "id": "x", "poolInfo": { "poolId": "p" }, "jobReleaseTask": { "commandLine": "clean" } }'
            Get-BatchJob -Filter "id eq '$id' or id eq 'x'"
            """, ("folder", _folder), ("id", id));

        Assert.Empty(result.Output);
        Assert.Equal(3, result.Errors.Count);
        var invalid = result.Errors[0];
        Assert.Equal($"InvalidBatchJson,{NewJob}", invalid.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, invalid.CategoryInfo.Category);
        Assert.Equal(id, invalid.TargetObject);
        var lines = invalid.ToString().Split(Environment.NewLine);
        Assert.Equal("job.json: poolInfo.poolId: expected a string, found a number.", lines[0]);
        Assert.Equal("job.json: priority: expected a whole number, found a string.", lines[1]);
        Assert.StartsWith("job.json: jobManagerTask.comandLine: is not a property of BatchJobManagerTask; its properties are id, displayName, commandLine,", lines[2]);
        Assert.Equal("job.json: state: is a read-only property of a job, which the service sets: leave it out (ConvertTo-BatchJson does).", lines[3]);
        var missing = result.Errors[1];
        Assert.Equal($"JsonFileNotFound,{NewJob}", missing.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Contains("Cannot find the JSON file 'missing.json'", missing.ToString());
        var rule = result.Errors[2];
        Assert.Equal($"InvalidBatchJson,{NewJob}", rule.FullyQualifiedErrorId);
        Assert.Equal("-Json: jobReleaseTask needs a job preparation task too: the service refuses a job release task without one.", rule.ToString());
    }

    [Fact]
    public void A_task_comes_from_a_json_file_from_json_text_or_from_a_piped_json_string()
    {
        var job = _shell.NewJob(disabled: true);
        File.WriteAllText(Path.Combine(_folder, "task.json"), """{ "id": "from-file", "commandLine": "echo file", "constraints": { "maxTaskRetryCount": 2 }, "environmentSettings": [ { "name": "A", "value": "1" } ] }""");
        var result = _shell.Run("""
            Set-Location $folder
            $file = New-BatchTask -JobId $job -JsonFile task.json -Id renamed -CommandLine 'echo parameter'
            $text = New-BatchTask -JobId $job -Json '{ "id": "from-text", "commandLine": "echo text", "requiredSlots": 2 }'
            $piped = '{ "id": "piped", "commandLine": "echo piped" }' | New-BatchTask -JobId $job
            "$($file.Id) $($file.CommandLine) $($file.Constraints.MaxTaskRetryCount) $($file.EnvironmentSettings[0].Name)"
            "$($text.Id) $($text.RequiredSlots)"
            $piped.Id
            """, ("folder", _folder), ("job", job)).AssertSucceeded();

        Assert.Equal(["renamed echo parameter 2 A", "from-text 2", "piped"], result.Lines);
    }

    [Fact]
    public void An_invalid_task_json_is_an_error_naming_its_path_and_nothing_is_added()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            New-BatchTask -JobId $job -Json '{ "id": "t", "commandLine": "x", "resourceFiles": [ { "filePath": ["a"] } ] }'
            '{ "id": "u" }' | New-BatchTask -JobId $job
            """, ("job", job));

        Assert.Empty(result.Output);
        Assert.Equal([$"InvalidBatchJson,{NewTask}", $"InvalidBatchJson,{NewTask}"], result.Errors.Select(e => e.FullyQualifiedErrorId));
        Assert.Equal("-Json: resourceFiles[0].filePath: expected a string, found an array.", result.Errors[0].ToString());
        Assert.Equal("t", result.Errors[0].TargetObject);
        Assert.Equal("JSON input: commandLine is required.", result.Errors[1].ToString());
        Assert.Empty(_shell.TaskIds(job));
    }

    [Fact]
    public void Tasks_are_copied_to_another_job_as_json_lines()
    {
        var source = _shell.NewJob(disabled: true, extra: "-UsesTaskDependencies");
        var target = _shell.NewJob(disabled: true, extra: "-UsesTaskDependencies");
        var result = _shell.Run("""
            $null = New-BatchTask -JobId $source -Id a -CommandLine "echo 'a'" -Constraints @{ MaxTaskRetryCount = 3 }
            $null = New-BatchTask -JobId $source -Id b -CommandLine 'echo b' -DependsOn @{ TaskIds = 'a' }
            $lines = Get-BatchTask -JobId $source | ConvertTo-BatchJson -Compress
            $lines
            $lines | Add-BatchTaskCollection -JobId $target | Out-Null
            (Get-BatchTask -JobId $target | Sort-Object Id | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.Constraints.MaxTaskRetryCount) $($_.DependsOn.TaskIds)" }) -join '|'
            """, ("source", source), ("target", target)).AssertSucceeded();

        Assert.Equal(3, result.Lines.Count);
        Assert.StartsWith("""{"id":"a","commandLine":"echo 'a'",""", result.Lines[0]);
        Assert.DoesNotContain("state", result.Lines[0]);
        Assert.Equal("a echo 'a' 3 |b echo b 0 a", result.Lines[2]);
    }

    [Fact]
    public void ConvertTo_BatchJson_leaves_secrets_out_with_a_warning_and_refuses_other_objects()
    {
        var result = _shell.RunUnconnected("""
            $job = [AzBatchJobs.Client.Models.BatchJobCreateOptions]@{
                Id = 'secret'
                PoolInfo = @{ AutoPoolSpecification = @{ PoolLifetimeOption = 'job'; Pool = @{ VmSize = 'small'; UserAccounts = @(@{ Name = 'u'; Password = 'not-a-real-password' }) } } }
            }
            $job | ConvertTo-BatchJson -Compress
            'text' | ConvertTo-BatchJson
            """);

        Assert.Equal("""{"id":"secret","poolInfo":{"autoPoolSpecification":{"poolLifetimeOption":"job","pool":{"vmSize":"small","userAccounts":[{"name":"u"}]}}}}""", Assert.Single(result.Lines));
        Assert.Equal("Secrets were left out of the JSON of 'secret': poolInfo.autoPoolSpecification.pool.userAccounts[0].password. Add them where you use the JSON.", Assert.Single(result.Warnings).Message);
        var error = Assert.Single(result.Errors);
        Assert.Equal("NotABatchDefinition,AzBatchJobs.Cmdlets.ConvertToBatchJsonCommand", error.FullyQualifiedErrorId);
        Assert.Equal("text", error.TargetObject);
    }

    private static void RemoveAt(JsonObject root, string path)
    {
        var (parent, name) = Parent(root, path);
        parent.Remove(name);
    }

    private static void CopyAt(JsonObject from, JsonObject to, string path)
    {
        var (source, name) = Parent(from, path);
        var (target, _) = Parent(to, path);
        target[name] = source[name]!.DeepClone();
    }

    // "a.b[2].c" -> the object holding c, and "c".
    private static (JsonObject Parent, string Name) Parent(JsonObject root, string path)
    {
        JsonNode node = root;
        var segments = path.Split('.');
        foreach (var segment in segments[..^1])
        {
            var bracket = segment.IndexOf('[');
            node = bracket < 0 ? node[segment]! : node[segment[..bracket]]![int.Parse(segment[(bracket + 1)..^1])]!;
        }
        return (node.AsObject(), segments[^1]);
    }

    /// <summary>The same JSON by meaning: every property of each, with equal values (durations compared as durations).</summary>
    internal static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                foreach (var (name, _) in actualObject) Assert.True(expectedObject.ContainsKey(name), $"{path}.{name} appeared");
                foreach (var (name, value) in expectedObject)
                {
                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} was lost");
                    AssertSameJson(value, actualObject[name], $"{path}.{name}");
                }
                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path}: {actualArray.Count} items instead of {expectedArray.Count}");
                for (var i = 0; i < expectedArray.Count; i++) AssertSameJson(expectedArray[i], actualArray[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: {actual?.ToJsonString()} instead of {expected?.ToJsonString()}");
                break;
        }
    }
}
