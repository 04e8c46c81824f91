using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>The conventions PowerShell users rely on, read from Get-Command after Import-Module.</summary>
public sealed class ConventionTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public ConventionTests(BatchShell shell) => _shell = shell;

    /// <summary>Runs a script that writes one line per violation over $commands (the cmdlets of Get-Command -Module AzBatchJobs).</summary>
    private void AssertNone(string script)
    {
        var violations = _shell.RunUnconnected("$commands = Get-Command -Module AzBatchJobs -CommandType Cmdlet\n" + script).AssertSucceeded().Lines;
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_verb_is_approved_and_every_noun_is_singular_and_starts_with_Batch() => AssertNone("""
        $approved = (Get-Verb).Verb
        $commands | Where-Object { $_.Verb -notin $approved } | ForEach-Object { "$($_.Name): '$($_.Verb)' is not an approved verb" }
        $commands | Where-Object { $_.Noun -cnotlike 'Batch*' -or ($_.Noun -clike '*s' -and $_.Noun -cnotlike '*Status') } | ForEach-Object { "$($_.Name): the noun must be singular and start with Batch" }
        """);

    // New-BatchTestCommandLine and ConvertTo-BatchJson only compute text: they touch neither a service nor a process.
    [Fact]
    public void Every_cmdlet_that_changes_state_supports_WhatIf_and_Confirm() => AssertNone("""
        $commands | Where-Object { $_.Verb -notin 'Get', 'Wait', 'Connect' -and $_.Noun -notin 'BatchTestCommandLine', 'BatchJson' } |
            Where-Object { -not ($_.Parameters.ContainsKey('WhatIf') -and $_.Parameters.ContainsKey('Confirm')) } |
            ForEach-Object { "$($_.Name) changes state but has no -WhatIf/-Confirm" }
        """);

    [Fact]
    public void Remove_and_Stop_ask_first_and_take_Force() => AssertNone("""
        $commands | Where-Object { $_.Verb -in 'Remove', 'Stop' -and $_.Noun -ne 'BatchEmulator' } | ForEach-Object {
            $impact = $_.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact
            if ($impact -ne 'High' -or -not $_.Parameters.ContainsKey('Force')) { "$($_.Name): ConfirmImpact is $impact; Remove and Stop need High and -Force" }
        }
        """);

    [Fact]
    public void Every_cmdlet_declares_its_output_type_and_is_a_sealed_class_named_after_it() => AssertNone("""
        $commands | Where-Object { $_.OutputType.Count -eq 0 } | ForEach-Object { "$($_.Name) has no [OutputType]" }
        $commands | Where-Object { -not $_.ImplementingType.IsSealed -or $_.ImplementingType.Name -ne "$($_.Verb)$($_.Noun)Command" } |
            ForEach-Object { "$($_.ImplementingType.Name) should be a sealed class named $($_.Verb)$($_.Noun)Command" }
        """);

    [Fact]
    public void Every_cmdlet_but_Connect_the_emulators_and_local_ones_takes_Context() => AssertNone("""
        $commands | Where-Object { $_.Noun -notin 'BatchAccount', 'BatchEmulator', 'BatchTestCommandLine', 'BatchJson' -and -not $_.Parameters.ContainsKey('Context') } |
            ForEach-Object { "$($_.Name) has no -Context" }
        """);

    [Fact]
    public void Parameter_sets_can_be_told_apart_by_the_binder() => AssertNone("""
        foreach ($command in $commands) {
            $sets = $command.ParameterSets
            foreach ($set in $sets) {
                $byValue = @($set.Parameters | Where-Object ValueFromPipeline)
                if ($byValue.Count -gt 1) { "$($command.Name) set $($set.Name): $($byValue.Name -join ', ') all take pipeline input by value" }
                $set.Parameters | Where-Object Position -ge 0 | Group-Object Position | Where-Object Count -gt 1 |
                    ForEach-Object { "$($command.Name) set $($set.Name): position $($_.Name) is taken by $($_.Group.Name -join ', ')" }
                foreach ($other in $sets | Where-Object { $_.Name -gt $set.Name }) {
                    $own = { param($a, $b) @($a.Parameters | Where-Object { $_.IsMandatory -and $_.Name -notin $b.Parameters.Name }).Count -gt 0 }
                    if (-not (& $own $set $other) -and -not (& $own $other $set)) {
                        "$($command.Name): sets $($set.Name) and $($other.Name) cannot be told apart (neither has a mandatory parameter the other lacks)"
                    }
                }
            }
            if ($sets.Count -gt 1 -and -not ($sets | Where-Object IsDefault)) { "$($command.Name) has several parameter sets but no default" }
        }
        """);

    [Fact]
    public void A_job_cmdlet_never_takes_a_piped_objects_Id_as_the_job() => AssertNone("""
        $commands | Where-Object Noun -in 'BatchJob', 'BatchTaskCount', 'BatchJobPreparationAndReleaseTaskStatus' | ForEach-Object {
            foreach ($parameter in $_.Parameters.Values) {
                $byName = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName }
                if ($byName -and ($parameter.Name -eq 'Id' -or 'Id' -in $parameter.Aliases)) { "$($_.Name): -$($parameter.Name) binds an Id property from the pipeline" }
            }
        }
        """);
}
