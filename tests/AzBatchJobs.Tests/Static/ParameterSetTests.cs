namespace AzBatchJobs.Tests.Static;

/// <summary>Parameter sets PowerShell's binder can resolve, checked over the built module's metadata.</summary>
public sealed class ParameterSetTests : IClassFixture<ModuleMetadata>
{
    private readonly ModuleMetadata _module;

    public ParameterSetTests(ModuleMetadata module) => _module = module;

    [Fact]
    public void At_most_one_parameter_per_set_takes_pipeline_input_by_value() =>
        CmdletConventionTests.AssertNone(
            from c in _module.Cmdlets
            from set in c.ParameterSets
            let byValue = c.ParametersIn(set).Where(p => p.In(set)!.ValueFromPipeline).Select(p => p.Name).ToList()
            where byValue.Count > 1
            select $"{c.Name} set {set}: {string.Join(", ", byValue)} all take pipeline input by value",
            s => s);

    [Fact]
    public void Every_pair_of_sets_differs_by_a_mandatory_parameter() =>
        CmdletConventionTests.AssertNone(
            from c in _module.Cmdlets
            from a in c.ParameterSets
            from b in c.ParameterSets
            where string.CompareOrdinal(a, b) < 0 && !HasOwnMandatory(c, a, b) && !HasOwnMandatory(c, b, a)
            select $"{c.Name}: sets {a} and {b} cannot be told apart (neither has a mandatory parameter the other lacks)",
            s => s);

    [Fact]
    public void Positions_are_unique_within_each_set() =>
        CmdletConventionTests.AssertNone(
            from c in _module.Cmdlets
            from set in c.ParameterSets
            from g in c.ParametersIn(set).Where(p => p.In(set)!.Position >= 0).GroupBy(p => p.In(set)!.Position)
            where g.Count() > 1
            select $"{c.Name} set {set}: position {g.Key} is taken by {string.Join(", ", g.Select(p => p.Name))}",
            s => s);

    [Fact]
    public void The_default_set_exists_when_there_are_several() =>
        CmdletConventionTests.AssertNone(
            _module.Cmdlets.Where(c => c.ParameterSets.Count > 1
                && (c.DefaultParameterSetName is null || !c.ParameterSets.Contains(c.DefaultParameterSetName))),
            c => $"{c.Name} has several parameter sets but no valid DefaultParameterSetName");

    [Fact]
    public void Parameter_names_and_aliases_are_unique() =>
        CmdletConventionTests.AssertNone(
            from c in _module.Cmdlets
            from g in c.Parameters.SelectMany(p => p.Aliases.Append(p.Name)).GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            where g.Count() > 1
            select $"{c.Name}: '{g.Key}' names more than one parameter",
            s => s);

    [Fact]
    public void A_job_cmdlet_never_binds_an_Id_property_from_the_pipeline()
    {
        // A task piped into a job cmdlet must not have its Id taken as the job's id.
        CmdletConventionTests.AssertNone(
            from c in _module.Cmdlets
            where c.Noun is "BatchJob" or "BatchTaskCount" or "BatchJobPreparationAndReleaseTaskStatus"
            from p in c.Parameters
            where p.Sets.Values.Any(e => e.ValueFromPipelineByPropertyName) && (p.Name == "Id" || p.Aliases.Contains("Id"))
            select $"{c.Name}: -{p.Name} binds an Id property from the pipeline",
            s => s);
    }

    private static bool HasOwnMandatory(CmdletInfo cmdlet, string set, string other) =>
        cmdlet.ParametersIn(set).Any(p => p.In(set)!.Mandatory && p.In(other) is null);
}
