namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class SlotsOptionTests
{
    [Fact]
    public void Slots_is_parsed_zero_is_allowed_and_a_negative_count_is_refused()
    {
        Assert.Equal(3, CommandLine.Parse(["--slots", "3"])!.Slots);
        Assert.Equal(0, CommandLine.Parse(["--slots", "0"])!.Slots);
        Assert.Null(CommandLine.Parse([])!.Slots);

        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--slots", "-1"]));
        Assert.Contains("Slots", error.Message);
    }

    [Fact]
    public void The_help_says_one_local_node_serves_every_pool_and_how_command_lines_and_files_work()
    {
        Assert.Contains("--slots N", CommandLine.Usage);
        Assert.Contains("serves every poolId", CommandLine.Usage);
        Assert.Contains("without a shell", CommandLine.Usage);
        Assert.Contains("only file:// container URLs", CommandLine.Usage);
    }
}
