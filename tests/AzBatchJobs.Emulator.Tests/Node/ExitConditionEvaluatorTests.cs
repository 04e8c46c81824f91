using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class ExitConditionEvaluatorTests
{
    private static readonly ExitConditionsSpec Conditions = new(
        ExitCodes: [new ExitCodeMappingSpec(3, new ExitOptionsSpec("disable", "satisfy")), new ExitCodeMappingSpec(0, new ExitOptionsSpec("terminate", null))],
        ExitCodeRanges: [new ExitCodeRangeSpec(10, 20, new ExitOptionsSpec("none", null))],
        PreProcessingError: new ExitOptionsSpec("none", "satisfy"),
        FileUploadError: null,
        Default: new ExitOptionsSpec("Disable", "block"));

    private static ExitDecision Evaluate(ExitConditionsSpec? conditions, int? exitCode, bool pre = false, bool upload = false, bool perform = true) =>
        ExitConditionEvaluator.Evaluate(conditions, new TaskExitOutcome(exitCode, pre, upload), perform);

    [Fact]
    public void Listed_exit_codes_decide_even_over_a_file_upload_error()
    {
        Assert.Equal(new ExitDecision(JobAction.Disable, DependencyAction.Satisfy), Evaluate(Conditions, 3));
        Assert.Equal(new ExitDecision(JobAction.Disable, DependencyAction.Satisfy), Evaluate(Conditions, 3, upload: true));
        Assert.Equal(new ExitDecision(JobAction.Terminate, DependencyAction.Satisfy), Evaluate(Conditions, 0));
    }

    [Fact]
    public void Ranges_include_both_ends_and_omitted_actions_take_the_failure_defaults()
    {
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Block), Evaluate(Conditions, 10));
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Block), Evaluate(Conditions, 20));
        Assert.Equal(new ExitDecision(JobAction.Disable, DependencyAction.Block), Evaluate(Conditions, 21));
    }

    [Fact]
    public void Pre_processing_and_upload_errors_use_their_options_or_the_default()
    {
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Satisfy), Evaluate(Conditions, null, pre: true));
        Assert.Equal(new ExitDecision(JobAction.Disable, DependencyAction.Block), Evaluate(Conditions, 5, upload: true));
    }

    [Fact]
    public void Without_exit_conditions_success_satisfies_and_failure_terminates_and_blocks()
    {
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Satisfy), Evaluate(null, 0));
        Assert.Equal(new ExitDecision(JobAction.Terminate, DependencyAction.Block), Evaluate(null, 1));
        Assert.Equal(new ExitDecision(JobAction.Terminate, DependencyAction.Block), Evaluate(null, null, pre: true));
    }

    [Fact]
    public void The_job_action_applies_only_when_the_job_performs_exit_options_job_action()
    {
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Satisfy), Evaluate(Conditions, 3, perform: false));
        Assert.Equal(new ExitDecision(JobAction.None, DependencyAction.Block), Evaluate(null, 1, perform: false));
    }

    [Fact]
    public void Unknown_action_values_are_refused_naming_the_field()
    {
        var conditions = new ExitConditionsSpec([], [], null, null, new ExitOptionsSpec("explode", null));

        var error = Assert.Throws<ArgumentException>(() => Evaluate(conditions, 1));

        Assert.StartsWith("exitConditions jobAction: 'explode'", error.Message);
    }
}
