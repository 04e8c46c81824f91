namespace AzBatchJobs.Emulator.Tests.Validation;

/// <summary>
/// Every body route against every rule of the spec table (<see cref="ViolationCases"/>): each broken
/// rule is a 400 with the service's code and the property's path, and nothing is stored.
/// </summary>
public sealed class SpecTableValidationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public SpecTableValidationTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    public static TheoryData<string> Routes => new()
    {
        "create job", "update job", "replace job", "disable job", "terminate job", "create task", "add task collection", "update task",
        "create job schedule", "update job schedule", "replace job schedule",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_broken_rule_is_400_naming_the_property_and_nothing_is_stored(string route)
    {
        string job = EmulatorFixture.NewId("rules");
        const string task = "rules-task";
        (string Definition, JsonObject Valid, Func<JsonObject, Task<HttpResponseMessage>> Send) target = route switch
        {
            "create job" => ("BatchJobCreateOptions",
                new JsonObject { ["id"] = job, ["poolInfo"] = Pool(), ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "prepare" } },
                body => Http.PostAsync("/jobs", body)),
            "update job" => ("BatchJobUpdateOptions", new JsonObject(), body => Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", body)),
            "replace job" => ("BatchJob", new JsonObject { ["poolInfo"] = Pool() }, body => Http.SendAsync(HttpMethod.Put, $"/jobs/{job}", body)),
            "disable job" => ("BatchJobDisableOptions", new JsonObject { ["disableTasks"] = "wait" }, body => Http.PostAsync($"/jobs/{job}/disable", body)),
            "terminate job" => ("BatchJobTerminateOptions", new JsonObject(), body => Http.PostAsync($"/jobs/{job}/terminate", body)),
            "create job schedule" => ("BatchJobScheduleCreateOptions",
                new JsonObject { ["id"] = job, ["schedule"] = Later(), ["jobSpecification"] = Specification() },
                body => Http.PostAsync("/jobschedules", body)),
            "update job schedule" => ("BatchJobScheduleUpdateOptions", new JsonObject(), body => Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{job}", body)),
            "replace job schedule" => ("BatchJobSchedule", new JsonObject { ["schedule"] = Later(), ["jobSpecification"] = Specification() },
                body => Http.SendAsync(HttpMethod.Put, $"/jobschedules/{job}", body)),
            "create task" => ("BatchTaskCreateOptions", BatchHttp.Task(task), body => Http.PostAsync($"/jobs/{job}/tasks", body)),
            "add task collection" => ("BatchTaskCreateOptions", BatchHttp.Task(task),
                body => Http.PostAsync($"/jobs/{job}/addtaskcollection", new JsonObject { ["value"] = new JsonArray(body) })),
            _ => ("BatchTask", new JsonObject(), body => Http.SendAsync(HttpMethod.Put, $"/jobs/{job}/tasks/{task}", body)),
        };
        var (definition, valid, send) = target;
        if (route is "update job schedule" or "replace job schedule")
        {
            using var create = await Http.PostAsync("/jobschedules", new JsonObject { ["id"] = job, ["schedule"] = Later(), ["jobSpecification"] = Specification() });
            await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        }
        else if (!route.StartsWith("create job", StringComparison.Ordinal))
        {
            await Http.CreateJobAsync(job, new JsonObject { ["usesTaskDependencies"] = true, ["onTaskFailure"] = "performexitoptionsjobaction" });
        }
        if (route == "update task")
        {
            await Http.CreateTaskAsync(job, task);
        }
        if (route is "update job" or "replace job")
        {
            using var disable = await Http.PostAsync($"/jobs/{job}/disable", new JsonObject { ["disableTasks"] = "wait" });
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.Accepted); // the pool can be changed only while disabled
        }
        string? etagBefore = await ETagAsync(route, job, task);

        var cases = ViolationCases.For(definition, valid);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var parallel = new SemaphoreSlim(8);
        await Task.WhenAll(cases.Select(async c =>
        {
            await parallel.WaitAsync();
            try
            {
                using var response = await send((JsonObject)c.Body.DeepClone());
                string? problem = await CheckAsync(route, response, c);
                if (problem is not null)
                {
                    failures.Add($"{c.Rule} ({c.Path}): {problem}");
                }
            }
            finally
            {
                parallel.Release();
            }
        }));

        Assert.NotEmpty(cases);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failures.Order()));
        Assert.Equal(etagBefore, await ETagAsync(route, job, task));
    }

    private static JsonObject Pool() => new() { ["poolId"] = "pool1" };

    // A release task needs a preparation task: with one, every case inside jobReleaseTask breaks only its own rule.
    private static JsonObject Specification() => new() { ["poolInfo"] = Pool(), ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "prepare" } };

    // Far off, so that the schedule makes no job while the cases run.
    private static JsonObject Later() => new() { ["doNotRunUntil"] = "2099-01-01T00:00:00Z" };

    private static async Task<string?> CheckAsync(string route, HttpResponseMessage response, ViolationCase expected)
    {
        JsonObject? error;
        if (route == "add task collection")
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"the collection got {(int)response.StatusCode}";
            }
            var result = (JsonObject)((JsonArray)(await BatchHttp.ReadJsonAsync(response))["value"]!)[0]!;
            if ((string?)result["status"] != "clienterror")
            {
                return $"the task's status is {(string?)result["status"]}";
            }
            error = (JsonObject?)result["error"];
        }
        else
        {
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                return $"got {(int)response.StatusCode}";
            }
            error = await BatchHttp.ReadJsonAsync(response);
        }
        string? code = (string?)error?["code"];
        string? path = error is null ? null : BatchHttp.ErrorValue(error, "PropertyName");
        return code == expected.Code && path == expected.Path ? null : $"got {code} naming {path}, expected {expected.Code}";
    }

    // What must not change: the job, schedule or task the route writes to, or (for creates) its absence.
    private async Task<string?> ETagAsync(string route, string job, string task)
    {
        string path = route switch
        {
            "create task" or "add task collection" or "update task" => $"/jobs/{job}/tasks/{task}",
            _ when route.EndsWith("job schedule", StringComparison.Ordinal) => $"/jobschedules/{job}",
            _ => $"/jobs/{job}",
        };
        using var response = await Http.GetAsync(path);
        return response.StatusCode == HttpStatusCode.NotFound ? null : (string?)(await BatchHttp.ReadJsonAsync(response))["eTag"];
    }
}
