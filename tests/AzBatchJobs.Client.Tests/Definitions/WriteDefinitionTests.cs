using System.Text.Json.Nodes;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;
using AzBatchJobs.Client.Tests.Models;

namespace AzBatchJobs.Client.Tests.Definitions;

/// <summary>A job or task read from the service, written as the JSON that creates it again.</summary>
public sealed class WriteDefinitionTests
{
    private static readonly string[] JobSecrets =
    [
        "poolInfo.autoPoolSpecification.pool.userAccounts[0].password",
        "poolInfo.autoPoolSpecification.pool.userAccounts[0].linuxUserConfiguration.sshPrivateKey",
        "poolInfo.autoPoolSpecification.pool.mountConfiguration[0].azureBlobFileSystemConfiguration.sasKey",
        "poolInfo.autoPoolSpecification.pool.mountConfiguration[2].cifsMountConfiguration.password",
        "poolInfo.autoPoolSpecification.pool.mountConfiguration[3].azureFileShareConfiguration.accountKey",
    ];

    [Fact]
    public void A_job_is_written_as_its_create_body_which_reads_back_strictly_with_every_property()
    {
        var job = WireJson.Read<BatchJob>(FullJobTests.EveryJobProperty);

        var json = BatchDefinitionJson.Write(job, indented: true, out var secrets);
        var copy = BatchDefinitionJson.Read<BatchJobCreateOptions>(json, "job.json");

        Assert.Equal(JobSecrets, secrets);
        Assert.DoesNotContain("not-a-real", json);
        var expected = CreateProperties(FullJobTests.EveryJobProperty, typeof(BatchJobCreateOptions));
        foreach (var path in JobSecrets) Remove(expected, path);
        WireJson.AssertEquivalent(expected, JsonNode.Parse(BatchJson.Serialize(copy)), "$");
        Assert.Contains("\n  \"id\": \"nightly\",", json.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_job_read_without_its_secrets_names_those_the_spec_requires_and_a_body_names_none()
    {
        const string asReturned = """
            { "id": "j", "state": "active", "poolInfo": { "autoPoolSpecification": { "poolLifetimeOption": "job", "pool": {
                "vmSize": "small",
                "userAccounts": [ { "name": "u", "linuxUserConfiguration": { "uid": 5 } } ],
                "mountConfiguration": [
                  { "azureBlobFileSystemConfiguration": { "accountName": "a", "containerName": "c", "relativeMountPath": "b", "identityReference": { "resourceId": "/id" } } },
                  { "cifsMountConfiguration": { "username": "s", "source": "//h/s", "relativeMountPath": "s" } } ],
                "virtualMachineConfiguration": { "imageReference": { "publisher": "p" }, "nodeAgentSKUId": "n",
                  "containerConfiguration": { "type": "dockerCompatible", "containerRegistries": [ { "registryServer": "r", "username": "u" } ] } } } } } }
            """;

        BatchDefinitionJson.Write(WireJson.Read<BatchJob>(asReturned), indented: false, out var missing);
        BatchDefinitionJson.Write(WireJson.Read<BatchJobCreateOptions>(asReturned.Replace("\"state\": \"active\", ", "")), indented: false, out var none);

        Assert.Equal(["poolInfo.autoPoolSpecification.pool.userAccounts[0].password",
            "poolInfo.autoPoolSpecification.pool.mountConfiguration[1].cifsMountConfiguration.password"], missing);
        Assert.Empty(none);
    }

    [Fact]
    public void A_task_is_written_on_one_line_as_its_create_body()
    {
        var task = WireJson.Read<BatchTask>(FullTaskTests.EveryTaskProperty);

        var json = BatchDefinitionJson.Write(task, indented: false, out var secrets);
        var copy = BatchDefinitionJson.Read<BatchTaskCreateOptions>(json, "task.json");

        Assert.Equal(["containerSettings.registry.password"], secrets);
        Assert.DoesNotContain('\n', json);
        var expected = CreateProperties(FullTaskTests.EveryTaskProperty, typeof(BatchTaskCreateOptions));
        Remove(expected, "containerSettings.registry.password");
        WireJson.AssertEquivalent(expected, JsonNode.Parse(BatchJson.Serialize(copy)), "$");
    }

    [Fact]
    public void Command_lines_keep_their_quotes_readable()
    {
        var json = BatchDefinitionJson.Write(new BatchTaskCreateOptions { Id = "q", CommandLine = "/bin/sh -c 'echo <a> & \"b\"'" }, indented: false, out _);

        Assert.Equal("""{"id":"q","commandLine":"/bin/sh -c 'echo <a> & \"b\"'"}""", json);
    }

    [Fact]
    public void A_create_body_is_written_as_it_is_and_other_objects_are_refused()
    {
        var body = new BatchJobCreateOptions { Id = "j", PoolInfo = new BatchPoolInfo { PoolId = "p" } };

        Assert.Same(body, BatchDefinitionJson.ToCreateOptions(body));
        var error = Assert.Throws<ArgumentException>(() => BatchDefinitionJson.ToCreateOptions("a string"));
        Assert.Contains("A String is not a Batch definition", error.Message);
    }

    [Fact]
    public void A_job_schedule_is_written_as_its_create_body()
    {
        var schedule = WireJson.Read<BatchJobSchedule>("""
            { "id": "s", "state": "active", "url": "https://a/jobschedules/s", "schedule": { "recurrenceInterval": "PT1H" },
              "jobSpecification": { "poolInfo": { "poolId": "p" } }, "executionInfo": { "nextRunTime": "2025-06-01T00:00:00Z" } }
            """);

        var copy = BatchDefinitionJson.Read<BatchJobScheduleCreateOptions>(BatchDefinitionJson.Write(schedule, indented: true, out _), "s.json");

        Assert.Equal(TimeSpan.FromHours(1), copy.Schedule!.RecurrenceInterval);
        Assert.Equal("p", copy.JobSpecification!.PoolInfo!.PoolId);
    }

    /// <summary>The wire JSON with only the top-level properties the create body has.</summary>
    private static JsonObject CreateProperties(string json, Type createType)
    {
        var names = createType.GetProperties().Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false))
            .SelectMany(a => a.Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>()).Select(a => a.Name).ToHashSet();
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var name in node.Select(p => p.Key).Where(n => !names.Contains(n)).ToList()) node.Remove(name);
        return node;
    }

    private static void Remove(JsonNode root, string path)
    {
        var parts = path.Replace("]", "").Split('.', '[');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++) node = int.TryParse(parts[i], out var index) ? node![index] : node![parts[i]];
        node!.AsObject().Remove(parts[^1]);
    }
}
