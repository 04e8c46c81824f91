using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Help;

/// <summary>Get-Help as a user reads it, from the MAML the build generated.</summary>
public sealed class HelpDisplayTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public HelpDisplayTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void The_syntax_in_help_is_the_syntax_PowerShell_binds()
    {
        // Get-Command's syntax: sets default first, parameters by position, then mandatory, then declared order,
        // switches without a value, -WhatIf and -Confirm where they exist, [<CommonParameters>].
        var differences = _shell.RunUnconnected("""
            foreach ($command in Get-Command -Module AzBatchJobs -CommandType Cmdlet) {
                $lines = @((Get-Help $command.Name | Out-String -Width 4000) -split "`n" | ForEach-Object { $_.Trim() })
                $help = @()
                for ($i = [array]::IndexOf($lines, 'SYNTAX') + 1; $i -lt $lines.Count -and $lines[$i] -notin 'DESCRIPTION', 'RELATED LINKS', 'REMARKS'; $i++) {
                    if ($lines[$i]) { $help += $lines[$i] }
                }
                $syntax = @((Get-Command $command.Name -Syntax) -split "`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ })
                if (($help -join "`n") -cne ($syntax -join "`n")) { "help:`n$($help -join "`n")`nGet-Command:`n$($syntax -join "`n")" }
            }
            """).AssertSucceeded().Lines;

        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    [Fact]
    public void Every_parameter_has_a_description_including_WhatIf_and_Confirm()
    {
        var undescribed = _shell.RunUnconnected("""
            $common = [System.Management.Automation.Cmdlet]::CommonParameters
            foreach ($command in Get-Command -Module AzBatchJobs -CommandType Cmdlet) {
                $described = @((Get-Help $command.Name -Full).parameters.parameter | Where-Object { ($_.description.Text -join '').Trim() } | ForEach-Object name)
                $command.Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $described } | ForEach-Object { "$($command.Name) -$_" }
            }
            """).AssertSucceeded().Lines;

        Assert.Empty(undescribed);
        Assert.Contains("-WhatIf", _shell.RunUnconnected("Get-Help Remove-BatchJob -Full | Out-String -Width 200").AssertSucceeded().Lines.Single());
    }

    [Fact]
    public void There_is_no_online_help_so_Online_says_so_instead_of_opening_a_dead_link()
    {
        var result = _shell.RunUnconnected("""
            @(Get-Command -Module AzBatchJobs | Where-Object HelpUri).Count
            Get-Help Get-BatchJob -Online
            """);

        Assert.Equal(new[] { "0" }, result.Lines);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand", error.FullyQualifiedErrorId);
        Assert.Contains("URI", error.ToString());
    }

    [Fact]
    public void The_about_topic_is_found_and_names_the_real_output_types()
    {
        var text = string.Join("\n", _shell.RunUnconnected("Get-Help about_AzBatchJobs | Out-String -Width 200").AssertSucceeded().Lines);

        Assert.Contains("BatchTaskSubmitOutcome", text);
        Assert.DoesNotContain("BatchTaskAddResult", text);
        Assert.Contains("Unknown", text);
    }
}
