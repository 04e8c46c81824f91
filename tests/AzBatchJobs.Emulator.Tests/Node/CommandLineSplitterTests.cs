using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class CommandLineSplitterTests
{
    [Fact]
    public void Splits_on_whitespace_without_expanding_anything()
    {
        SplitCommandLine line = CommandLineSplitter.Split("echo  $HOME\t*.txt a|b > out");

        Assert.Equal("echo", line.Program);
        Assert.Equal(["$HOME", "*.txt", "a|b", ">", "out"], line.Arguments);
    }

    [Fact]
    public void Single_quotes_keep_a_shell_script_as_one_argument()
    {
        SplitCommandLine line = CommandLineSplitter.Split("/bin/sh -c 'echo \"hi\" && exit 3'");

        Assert.Equal("/bin/sh", line.Program);
        Assert.Equal(["-c", "echo \"hi\" && exit 3"], line.Arguments);
        Assert.Equal("-c 'echo \"hi\" && exit 3'", line.RawArguments);
    }

    [Fact]
    public void Double_quotes_group_and_unescape_quote_and_backslash_only()
    {
        SplitCommandLine line = CommandLineSplitter.Split(@"prog ""a b"" ""say \""x\"" \\ \n""");

        Assert.Equal(["a b", @"say ""x"" \ \n"], line.Arguments);
    }

    [Fact]
    public void Adjacent_parts_join_and_empty_quotes_give_an_empty_argument()
    {
        SplitCommandLine line = CommandLineSplitter.Split(@"prog a'b c'""d"" '' x\ y");

        Assert.Equal(["ab cd", "", "x y"], line.Arguments);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("sh -c 'exit 1", "unterminated single quote")]
    [InlineData("echo \"abc", "unterminated double quote")]
    [InlineData("echo a\\", "lone backslash")]
    public void Rejects_malformed_lines_naming_the_field_and_rule(string commandLine, string rule)
    {
        var error = Assert.Throws<FormatException>(() => CommandLineSplitter.Split(commandLine));

        Assert.StartsWith("commandLine:", error.Message);
        Assert.Contains(rule, error.Message);
    }
}
