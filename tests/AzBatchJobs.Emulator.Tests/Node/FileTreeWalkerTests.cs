using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class FileTreeWalkerTests
{
    private static string[] Names(IEnumerable<FileTreeEntry> entries) => entries.Select(e => e.Name).ToArray();

    [Fact]
    public void Directories_are_read_as_the_walk_reaches_them_not_before()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("a"));
        Directory.CreateDirectory(temp.Combine("z"));
        using var walk = FileTreeWalker.Walk(temp.Path, recursive: true).GetEnumerator();
        Assert.True(walk.MoveNext());
        Assert.Equal("a", walk.Current.Name);
        File.WriteAllText(temp.Combine("z", "late.txt"), "written after the walk began");
        var rest = new List<string>();
        while (walk.MoveNext())
        {
            rest.Add(walk.Current.Name);
        }
        Assert.Equal(["z", "z/late.txt"], rest);
    }

    [Fact]
    public void Links_are_listed_and_never_entered()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("d"));
        File.WriteAllText(temp.Combine("d", "f"), "f");
        Directory.CreateSymbolicLink(temp.Combine("a"), ".");
        Directory.CreateSymbolicLink(temp.Combine("b"), ".");
        Directory.CreateSymbolicLink(temp.Combine("up"), "..");
        Assert.Equal(["a", "b", "d", "d/f", "up"], Names(FileTreeWalker.Walk(temp.Path, recursive: true)));
    }

    [Theory]
    [InlineData("", new[] { "a", "a/deep", "a/deep/x", "a/y", "a-b" })]
    [InlineData("a", new[] { "a/deep", "a/deep/x", "a/y", "a-b" })]
    [InlineData("a/deep", new[] { "a/deep/x", "a/y", "a-b" })]
    [InlineData("a/deep/x", new[] { "a/y", "a-b" })]
    [InlineData("a/gone", new[] { "a/y", "a-b" })]
    [InlineData("a-b", new string[0])]
    public void A_walk_continues_after_a_name_in_tree_order(string after, string[] expected)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("a", "deep"));
        File.WriteAllText(temp.Combine("a", "deep", "x"), "x");
        File.WriteAllText(temp.Combine("a", "y"), "y");
        File.WriteAllText(temp.Combine("a-b"), "ab");
        Assert.Equal(expected, Names(FileTreeWalker.Walk(temp.Path, recursive: true, after)));
    }
}
