using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>An emulator with one job whose tasks have run: ok (prints two lines), bad1 and bad2 (write to stderr and fail).</summary>
public sealed class FinishedTasksShell : BatchShell
{
    public string Job { get; } = NewId("files");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        this.RunTasks("""
            $null = New-BatchJob -Id $job -PoolId pool1
            $null = New-BatchTask -JobId $job -Id ok -CommandLine (Sh 'echo first line&& echo second line')
            $null = New-BatchTask -JobId $job -Id bad1 -CommandLine (Sh 'echo broken one>&2&& exit 3')
            $null = New-BatchTask -JobId $job -Id bad2 -CommandLine (Sh 'echo broken two>&2&& exit 4')
            $null = Wait-Completed $job ok, bad1, bad2
            """, ("job", Job)).AssertSucceeded();
    }
}

/// <summary>Get-BatchTaskFile: listing, reading (lines, -Raw) and saving task files, from names and from the pipeline.</summary>
public sealed class TaskFileCmdletTests : IClassFixture<FinishedTasksShell>, IDisposable
{
    private const string GetFile = "AzBatchJobs.Cmdlets.GetBatchTaskFileCommand";
    private readonly FinishedTasksShell _shell;
    private readonly string _folder = Directory.CreateTempSubdirectory("azbj-files-").FullName;

    public TaskFileCmdletTests(FinishedTasksShell shell) => _shell = shell;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ShellResult Run(string script, string job) => _shell.Run(script, ("job", job), ("folder", _folder));

    [Fact]
    public void The_README_pipeline_reads_the_stderr_of_each_failed_task_line_by_line()
    {
        var job = _shell.Job;
        var result = Run("""
            Get-BatchTask -JobId $job -Filter "executionInfo/result eq 'failure'" | Get-BatchTaskFile -Path stderr.txt
            """, job).AssertSucceeded();
        Assert.Equal(["broken one", "broken two"], result.Lines.Select(l => l.Trim()).Order());
        Assert.All(result.Output, line => Assert.Equal(job, line.Properties["JobId"].Value));
        Assert.Equal(["bad1", "bad2"], result.Property("TaskId").Cast<string>().Order());
        Assert.All(result.Property("TaskFilePath"), p => Assert.Equal("stderr.txt", p));
    }

    [Fact]
    public void A_file_name_after_a_piped_task_is_the_path()
    {
        var job = _shell.Job;
        var result = Run("Get-BatchTask $job ok | Get-BatchTaskFile stdout.txt", job).AssertSucceeded();
        Assert.Equal(["first line", "second line"], result.Lines.Select(l => l.Trim()));
    }

    [Fact]
    public void A_file_piped_from_the_listing_is_read_and_a_directory_is_an_error()
    {
        var job = _shell.Job;
        var result = Run("""
            $files = Get-BatchTaskFile -JobId $job -TaskId ok
            $files | Where-Object Name -eq 'stdout.txt' | Get-BatchTaskFile -Raw
            $files | Where-Object IsDirectory | Get-BatchTaskFile
            """, job);
        Assert.Equal("first line\nsecond line", Assert.Single(result.Lines).Replace("\r", "").Trim());
        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchTaskFileNotReadable,{GetFile}", error.FullyQualifiedErrorId);
        Assert.Equal($"{job}/ok/wd", error.TargetObject);
        Assert.Contains("'wd' is a directory", error.ToString());
    }

    [Fact]
    public void Lines_can_be_filtered_with_Select_String_and_Raw_gives_one_string()
    {
        var job = _shell.Job;
        var result = Run("""
            (Get-BatchTaskFile -JobId $job -TaskId ok -Path stdout.txt | Select-String second).Line.Trim()
            (Get-BatchTaskFile -JobId $job -TaskId ok -Path stdout.txt).Count
            (Get-BatchTaskFile -JobId $job -TaskId ok -Path stdout.txt -Raw).GetType().Name
            """, job).AssertSucceeded();
        Assert.Equal(["second line", "2", "String"], result.Lines);
    }

    [Fact]
    public void A_task_runs_and_its_stdout_is_listed_and_saved_relative_to_the_current_location()
    {
        var job = _shell.Job;
        var result = Run("""
            (Get-BatchTaskFile -JobId $job -TaskId ok).Name -join ','
            Set-Location $folder
            Get-BatchTaskFile -JobId $job -TaskId ok -Path stdout.txt -Destination out.txt
            """, job).AssertSucceeded();
        Assert.Equal("stderr.txt,stdout.txt,wd", string.Join(",", result.Lines[0].Split(',').Order()));
        var saved = Assert.IsType<FileInfo>(result.Output[1].BaseObject);
        Assert.Equal(Path.Combine(_folder, "out.txt"), saved.FullName);
        Assert.Equal((job, "ok", "stdout.txt"), ((string)result.Output[1].Properties["JobId"].Value, (string)result.Output[1].Properties["TaskId"].Value,
            (string)result.Output[1].Properties["TaskFilePath"].Value));
        Assert.Equal("first line\nsecond line", File.ReadAllText(saved.FullName).Replace("\r", "").Trim());
    }

    [Fact]
    public void A_destination_folder_receives_one_file_per_piped_task()
    {
        var job = _shell.Job;
        var result = Run("Get-BatchTask -JobId $job | Get-BatchTaskFile stderr.txt -Destination $folder", job).AssertSucceeded();
        Assert.Equal(["bad1", "bad2", "ok"], result.Property("TaskId").Cast<string>().Order());
        Assert.Equal("broken two", File.ReadAllText(Path.Combine(_folder, "bad2", "stderr.txt")).Trim());
        Assert.Equal("", File.ReadAllText(Path.Combine(_folder, "ok", "stderr.txt")));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public void Several_tasks_piped_to_one_destination_file_never_overwrite_each_other()
    {
        var job = _shell.Job;
        var result = Run("""
            Get-BatchTask -JobId $job -Id bad1, bad2 | Get-BatchTaskFile stderr.txt -Destination (Join-Path $folder all.txt)
            """, job);
        Assert.Equal("bad1", Assert.Single(result.Output).Properties["TaskId"].Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchDestinationConflict,{GetFile}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal($"{job}/bad2/stderr.txt", error.TargetObject);
        Assert.Equal("broken one", File.ReadAllText(Path.Combine(_folder, "all.txt")).Trim());
    }

    [Fact]
    public void A_destination_in_a_missing_folder_is_a_clear_error_and_nothing_is_created()
    {
        var job = _shell.Job;
        var result = Run("Get-BatchTaskFile -JobId $job -TaskId ok stdout.txt -Destination (Join-Path $folder no/such/out.txt)", job);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchDestinationFolderNotFound,{GetFile}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains(Path.Combine(_folder, "no", "such"), error.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void A_file_path_that_would_leave_the_destination_folder_is_refused()
    {
        var result = Run("""
            [AzBatchJobs.Client.Models.BatchNodeFile]@{ JobId = $job; TaskId = 'ok'; Name = '../../escaped.txt' } | Get-BatchTaskFile -Destination $folder -Verbose
            """, _shell.Job);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchTaskFileOutsideDestination,{GetFile}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Empty(result.Verbose);
        Assert.False(File.Exists(Path.Combine(_folder, "..", "escaped.txt")));
    }

    [Fact]
    public void Raw_with_Destination_is_refused_before_any_request()
    {
        var result = _shell.Run("Get-BatchTaskFile -JobId j -TaskId t stdout.txt -Raw -Destination out.txt -Verbose");
        Assert.Equal($"BatchRawWithDestination,{GetFile}", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(result.Verbose);
    }

    [Fact]
    public void A_missing_file_is_an_error_targeted_at_it()
    {
        var job = _shell.Job;
        var result = Run("Get-BatchTask $job ok | Get-BatchTaskFile nothing.txt", job);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal($"{job}/ok/nothing.txt", error.TargetObject);
    }
}
