using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Formatting;

/// <summary>The default views as a user's 80-column console shows them (Out-String -Width 80).</summary>
public sealed class ViewTests : IClassFixture<ViewShell>
{
    private readonly ViewShell _shell;

    public ViewTests(ViewShell shell) => _shell = shell;

    private string[] Text(string command) =>
        _shell.Run(command + " | Out-String -Width 80 -Stream", ("jobId", ViewShell.JobId)).AssertSucceeded().Lines.ToArray();

    [Theory]
    [InlineData("Get-BatchJob -Id $jobId", "Id State Priority PoolId CreationTime")]
    [InlineData("Get-BatchTask -JobId $jobId", "Id State Result ExitCode CommandLine")]
    [InlineData("Get-BatchTaskCount -JobId $jobId", "JobId Active Running Completed Succeeded Failed")]
    [InlineData("Get-BatchJobPreparationAndReleaseTaskStatus -JobId $jobId", "NodeId PoolId Preparation Release")]
    [InlineData("Get-BatchSubtask -JobId $jobId -TaskId solver", "Id State Result ExitCode NodeId StartTime")]
    [InlineData("Get-BatchTaskFile -JobId $jobId -TaskId frame-0001", "Name IsDirectory Length LastModified")]
    [InlineData("Wait-BatchJob -Id $jobId -Timeout '00:00:10'", "JobId State Succeeded Active Running Completed Failed Elapsed")]
    [InlineData("@{ Id = 'frame-0002'; CommandLine = 'x' }, @{ Id = 'frame 3'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId $jobId -ErrorAction SilentlyContinue",
        "TaskId Status ErrorCode ErrorMessage")]
    [InlineData("Connect-BatchAccount -Endpoint $emulator.Endpoint -AccountName $emulator.Account -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force) -NoDefault",
        "Endpoint AccountName CredentialType")]
    public void Every_column_and_its_whole_header_fit_in_80_columns(string command, string headers)
    {
        var lines = Text(command);

        Assert.All(lines, line => Assert.True(line.Length <= 80, $"wider than 80: '{line}'"));
        var header = Array.FindIndex(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(headers.Split(' ')));
        Assert.True(header >= 0, "no header line with every column, whole, in:\n" + string.Join("\n", lines));
        Assert.Equal(headers.Split(' ').Select(h => new string('-', h.Length)), lines[header + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_task_table_shows_the_result_and_exit_code_under_its_job()
    {
        var lines = Text("Get-BatchTask -JobId $jobId -Id frame-0001");

        Assert.Contains($"   JobId: {ViewShell.JobId}", lines);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).SequenceEqual(new[] { "frame-0001", "completed", "failure", "3" }));
    }

    [Theory]
    [InlineData("Get-BatchTask -JobId $jobId -Id frame-0001", "ExecutionInfo", "failure, exit code 3, FailureExitCode")]
    [InlineData("Get-BatchTask -JobId $jobId -Id frame-0001", "Constraints", "MaxWallClockTime=01:00:00; RetentionTime=7.00:00:00; MaxTaskRetryCount=0")]
    [InlineData("Get-BatchTask -JobId $jobId -Id frame-0001", "NodeInfo", "render-pool/local-node")]
    [InlineData("Get-BatchJob -Id $jobId", "PoolInfo", "render-pool")]
    [InlineData("Get-BatchJob -Id $jobId", "JobPreparationTask", "/bin/sh -c 'exit 0'")]
    [InlineData("Get-BatchTaskCount -JobId $jobId", "TaskCounts", "Active=0; Running=0; Completed=3; Succeeded=2; Failed=1")]
    [InlineData("Get-BatchJobPreparationAndReleaseTaskStatus -JobId $jobId", "JobPreparationTaskExecutionInfo", "completed, success, exit code 0")]
    public void Format_List_shows_a_short_summary_of_nested_objects(string command, string property, string summary)
    {
        var lines = _shell.Run($"Set-StrictMode -Version Latest; {command} | Format-List {property} | Out-String -Width 200 -Stream", ("jobId", ViewShell.JobId))
            .AssertSucceeded().Lines;

        Assert.Contains($"{property} : {summary}", lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, " +:", " :")));
    }

    [Theory]
    [InlineData("Get-BatchTask -JobId $jobId")]
    [InlineData("Get-BatchJob -Id $jobId")]
    [InlineData("Get-BatchTaskCount -JobId $jobId")]
    [InlineData("Get-BatchJobPreparationAndReleaseTaskStatus -JobId $jobId")]
    [InlineData("Get-BatchSubtask -JobId $jobId -TaskId solver")]
    public void Format_List_never_shows_a_type_name(string command)
    {
        var text = string.Join("\n", _shell.Run($"{command} | Format-List * | Out-String -Width 200", ("jobId", ViewShell.JobId)).AssertSucceeded().Lines);

        Assert.DoesNotContain("AzBatchJobs.Client", text);
    }

    [Fact]
    public void Every_model_class_an_output_object_can_hold_has_a_summary()
    {
        var missing = _shell.RunUnconnected("""
            $queue = [System.Collections.Generic.Queue[type]]::new()
            Get-Command -Module AzBatchJobs -CommandType Cmdlet | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ } | ForEach-Object { $queue.Enqueue($_) }
            $seen = @{}
            while ($queue.Count) {
                foreach ($property in $queue.Dequeue().GetProperties()) {
                    $type = $property.PropertyType
                    if ($type.IsGenericType) { $type = $type.GetGenericArguments()[0] }
                    if ($type.IsArray) { $type = $type.GetElementType() }
                    # A collection class (a string map) is shown by PowerShell as its items, not as a type name.
                    $collection = [System.Collections.IEnumerable].IsAssignableFrom($type)
                    if ($type.Namespace -eq 'AzBatchJobs.Client.Models' -and $type.IsClass -and -not $collection -and -not $seen[$type.FullName]) {
                        $seen[$type.FullName] = $true
                        $queue.Enqueue($type)
                    }
                }
            }
            $seen.Keys | Where-Object { $typeData = Get-TypeData $_; -not ($typeData -and $typeData.Members['ToString']) } | Sort-Object
            """).AssertSucceeded().Lines;

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_type_the_format_and_types_files_name_exists()
    {
        var unknown = _shell.RunUnconnected("""
            $folder = Split-Path (Get-Module AzBatchJobs).Path
            # The models can be named in PowerShell; the cmdlets' own output types (in the module's load context) are known by their names.
            $models = @(([xml](Get-Content (Join-Path $folder AzBatchJobs.types.ps1xml))).Types.Type.Name)
            $views = @(([xml](Get-Content (Join-Path $folder AzBatchJobs.format.ps1xml))).Configuration.ViewDefinitions.View.ViewSelectedBy.TypeName)
            $outputs = @((Get-Command -Module AzBatchJobs -CommandType Cmdlet).OutputType.Name)
            $models | Where-Object { -not ($_ -as [type]) }
            $views | Where-Object { $_ -notin $outputs -and -not ($_ -as [type]) }
            """).AssertSucceeded().Lines;

        Assert.Empty(unknown);
    }
}
