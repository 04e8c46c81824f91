using System.Management.Automation;

namespace AzBatchJobs.Tests.Harness;

/// <summary>The stand-in keeps the engine's rules the cmdlets depend on.</summary>
public sealed class HarnessTests
{
    [Cmdlet("Test", "Probe", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class TestProbeCommand : PSCmdlet
    {
        public static readonly List<string> Calls = new();

        [Parameter(ValueFromPipeline = true)]
        public string? Item { get; set; }

        [Parameter]
        [ValidateRange(1, 10)]
        public int Level { get; set; } = 1;

        [Parameter]
        public SwitchParameter FailOnB { get; set; }

        [Parameter]
        public SwitchParameter WriteFromWorker { get; set; }

        [Parameter]
        public SwitchParameter Change { get; set; }

        protected override void ProcessRecord()
        {
            if (FailOnB && Item == "b")
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("b is bad"), "BadItem", ErrorCategory.InvalidData, Item));
            if (WriteFromWorker) WriteOnOtherThread();
            if (Change && !ShouldProcess(Item ?? "", "Change")) return;
            WriteObject(Item);
        }

        protected override void EndProcessing() => WriteObject("end");

        private void WriteOnOtherThread()
        {
            Exception? failure = null;
            var worker = new Thread(() =>
            {
                try
                {
                    WriteObject(Item);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
            worker.Start();
            worker.Join();
            if (failure is not null) throw failure;
        }
    }

    [Fact]
    public void ThrowTerminatingError_stops_the_pipeline_before_the_next_input_and_EndProcessing()
    {
        var result = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["FailOnB"] = SwitchParameter.Present }, new object?[] { "a", "b", "c" });
        Assert.Equal(new object?[] { "a" }, result.Output);
        Assert.Equal("BadItem," + typeof(TestProbeCommand).FullName, result.TerminatingError?.FullyQualifiedErrorId);
    }

    [Fact]
    public void Writing_from_another_thread_is_refused_as_PowerShell_refuses_it()
    {
        var result = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["WriteFromWorker"] = SwitchParameter.Present }, new object?[] { "a" });
        Assert.IsType<PSInvalidOperationException>(result.TerminatingError?.Exception);
    }

    [Fact]
    public void ShouldProcess_is_false_under_WhatIf_and_prompts_for_high_impact_otherwise()
    {
        var whatIf = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["Change"] = SwitchParameter.Present }, new object?[] { "a" }, new RunSettings { WhatIf = true });
        Assert.Equal("What if: Performing the operation \"Change\" on target \"a\".", Assert.Single(whatIf.WhatIf));
        Assert.Equal(new object?[] { "end" }, whatIf.Output);

        var nonInteractive = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["Change"] = SwitchParameter.Present }, new object?[] { "a" });
        Assert.Contains("NonInteractive", nonInteractive.TerminatingError?.ToString());

        var confirmedOff = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["Change"] = SwitchParameter.Present }, new object?[] { "a" }, new RunSettings { Confirm = false });
        Assert.Equal(new object?[] { "a", "end" }, confirmedOff.Output);
    }

    [Fact]
    public void Validation_and_unknown_parameters_fail_binding_with_the_parameter_named()
    {
        var range = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["Level"] = 11 });
        Assert.Contains("'Level'", range.TerminatingError?.ToString());
        Assert.Empty(range.Output);

        var unknown = CmdletRunner<TestProbeCommand>.Run(new Dictionary<string, object?> { ["Nope"] = 1 });
        Assert.StartsWith("NamedParameterNotFound,", unknown.TerminatingError?.FullyQualifiedErrorId);
    }

    [Fact]
    public void ErrorAction_Stop_turns_a_written_error_into_a_terminating_one()
    {
        var result = CmdletRunner<ErrorProbeCommand>.Run(new Dictionary<string, object?>(), new object?[] { "a", "b" }, new RunSettings { ErrorActionStop = true });
        Assert.Equal("a", result.TerminatingError?.TargetObject);
        Assert.Empty(result.Errors);
    }

    [Cmdlet("Test", "ErrorProbe")]
    public sealed class ErrorProbeCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        public string? Item { get; set; }

        protected override void ProcessRecord() =>
            WriteError(new ErrorRecord(new InvalidOperationException(Item), "Probe", ErrorCategory.InvalidData, Item));
    }
}
