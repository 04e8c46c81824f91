using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>
/// Nested settings written as hashtables, arrays, single items or JSON bind with every list inside them,
/// for tasks and for the job-level tasks (preparation, release, manager), which use the same models.
/// </summary>
public sealed class TaskSettingsBindingTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public TaskSettingsBindingTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void DependsOn_takes_task_ids_and_id_ranges_as_lists_or_single_items()
    {
        var job = _shell.NewJob(disabled: true, extra: "-UsesTaskDependencies");
        var result = _shell.Run("""
            $null = New-BatchTask -JobId $job -Id list -CommandLine x -DependsOn @{ TaskIds = @('a', 'b'); TaskIdRanges = @(@{ Start = 1; End = 3 }, @{ Start = 7; End = 8 }) }
            $null = New-BatchTask -JobId $job -Id single -CommandLine x -DependsOn @{ TaskIds = 'a'; TaskIdRanges = @{ Start = 1; End = 3 } }
            foreach ($id in 'list', 'single') {
                $d = (Get-BatchTask -JobId $job -Id $id).DependsOn
                "$($d.TaskIds -join ',') $(($d.TaskIdRanges | ForEach-Object { "$($_.Start)-$($_.End)" }) -join ',')"
            }
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["a,b 1-3,7-8", "a 1-3"], result.Lines);
    }

    [Fact]
    public void ExitConditions_take_exit_code_lists_ranges_and_options()
    {
        // A job action needs a job that acts on task failures (the service refuses it otherwise).
        var job = _shell.NewJob(disabled: true, "-OnTaskFailure PerformExitOptionsJobAction");
        var result = _shell.Run("""
            $conditions = @{
                ExitCodes = @(@{ Code = 3; ExitOptions = @{ JobAction = 'terminate' } })
                ExitCodeRanges = @{ Start = 4; End = 9; ExitOptions = @{ JobAction = 'disable' } }
                Default = @{ JobAction = 'none' }
            }
            $null = New-BatchTask -JobId $job -Id t -CommandLine x -ExitConditions $conditions
            $e = (Get-BatchTask -JobId $job -Id t).ExitConditions
            "$($e.ExitCodes[0].Code) $($e.ExitCodes[0].ExitOptions.JobAction) $($e.ExitCodeRanges[0].Start)-$($e.ExitCodeRanges[0].End) $($e.ExitCodeRanges[0].ExitOptions.JobAction) $($e.Default.JobAction)"
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["3 terminate 4-9 disable none"], result.Lines);
    }

    [Fact]
    public void AuthenticationTokenSettings_Access_takes_one_scope_or_a_list()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            $null = New-BatchTask -JobId $job -Id one -CommandLine x -AuthenticationTokenSettings @{ Access = 'job' }
            $null = New-BatchTask -JobId $job -Id list -CommandLine x -AuthenticationTokenSettings @{ Access = @('job') }
            (Get-BatchTask -JobId $job -Id one).AuthenticationTokenSettings.Access -join ','
            (Get-BatchTask -JobId $job -Id list).AuthenticationTokenSettings.Access -join ','
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["job", "job"], result.Lines);
    }

    [Fact]
    public void A_task_read_from_JSON_keeps_its_resource_files_output_files_and_environment()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            $json = @'
            { "Id": "fromjson", "CommandLine": "x",
              "ResourceFiles": [ { "HttpUrl": "https://example.invalid/in.txt", "FilePath": "in.txt" } ],
              "OutputFiles": [ { "FilePattern": "*.log", "Destination": { "Container": { "ContainerUrl": "https://example.invalid/c" } },
                                 "UploadOptions": { "UploadCondition": "taskcompletion" } } ],
              "EnvironmentSettings": [ { "Name": "A", "Value": "1" }, { "Name": "B", "Value": "2" } ] }
            '@
            $json | ConvertFrom-Json | New-BatchTask -JobId $job | Out-Null
            $t = Get-BatchTask -JobId $job -Id fromjson
            $t.ResourceFiles[0].FilePath
            $t.OutputFiles[0].Destination.Container.ContainerUrl
            ($t.EnvironmentSettings | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ' '
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["in.txt", "https://example.invalid/c", "A=1 B=2"], result.Lines);
    }

    [Fact]
    public void Job_preparation_release_and_manager_tasks_take_resource_files_and_environment_as_hashtables()
    {
        var job = BatchShell.NewId("prep");
        var result = _shell.Run("""
            $file = @{ HttpUrl = 'https://example.invalid/tool.zip'; FilePath = 'tool.zip' }
            $null = New-BatchJob -Id $job -PoolId pool1 `
                -JobPreparationTask @{ CommandLine = 'x'; ResourceFiles = $file; EnvironmentSettings = @(@{ Name = 'A'; Value = '1' }, @{ Name = 'B'; Value = '2' }) } `
                -JobReleaseTask @{ CommandLine = 'y'; ResourceFiles = @($file, $file); EnvironmentSettings = @{ Name = 'R'; Value = 'r' } } `
                -JobManagerTask @{ Id = 'manager'; CommandLine = 'z'; KillJobOnCompletion = $false; ResourceFiles = @($file); EnvironmentSettings = @{ Name = 'M'; Value = 'm' } }
            $j = Get-BatchJob -Id $job
            foreach ($task in $j.JobPreparationTask, $j.JobReleaseTask, $j.JobManagerTask) {
                "$($task.ResourceFiles.Count) $(($task.EnvironmentSettings | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ',')"
            }
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["1 A=1,B=2", "2 R=r", "1 M=m"], result.Lines);
    }

    [Fact]
    public void An_auto_pool_specification_takes_its_lists_and_extension_settings_as_hashtables()
    {
        var result = _shell.RunUnconnected("""
            $pool = [AzBatchJobs.Client.Models.BatchPoolInfo]@{ AutoPoolSpecification = @{ Pool = @{
                VmSize = 'standard_d2s_v5'
                Metadata = @(@{ Name = 'team'; Value = 'etl' })
                VirtualMachineConfiguration = @{
                    ContainerConfiguration = @{ Type = 'dockerCompatible'; ContainerImageNames = 'busybox' }
                    Extensions = @{ Name = 'monitor'; Settings = @{ workspace = 'w1' }; ProvisionAfterExtensions = 'base' }
                }
            } } }
            $spec = $pool.AutoPoolSpecification.Pool
            "$($spec.Metadata[0].Value) $($spec.VirtualMachineConfiguration.ContainerConfiguration.ContainerImageNames -join ',')"
            $extension = $spec.VirtualMachineConfiguration.Extensions[0]
            "$($extension.Name) $($extension.Settings['workspace']) $($extension.ProvisionAfterExtensions -join ',')"
            """).AssertSucceeded();
        Assert.Equal(["etl busybox", "monitor w1 base"], result.Lines);
    }

    [Fact]
    public void A_list_item_with_an_unknown_property_is_refused_naming_it()
    {
        var result = _shell.Run("New-BatchTask -JobId any -Id t -CommandLine x -DependsOn @{ TaskIdRanges = @{ Start = 1; Finish = 3 } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("CannotConvertArgumentNoMessage,AzBatchJobs.Cmdlets.NewBatchTaskCommand", error.FullyQualifiedErrorId);
        Assert.Contains("Finish", error.ToString());
    }
}
