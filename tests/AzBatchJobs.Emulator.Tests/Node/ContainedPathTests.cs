using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class ContainedPathTests
{
    [Fact]
    public void Links_that_stay_inside_resolve_to_their_real_target_and_missing_parts_are_kept()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("task");
        Directory.CreateDirectory(Path.Combine(dir, "real", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "hop1"), "hop2");
        Directory.CreateSymbolicLink(Path.Combine(dir, "hop2"), Path.Combine(dir, "real"));
        Assert.Equal(Path.Combine(dir, "real", "sub", "new.txt"), ContainedPath.Resolve(dir, "hop1/sub/new.txt"));
    }

    [Fact]
    public void Dot_dot_after_a_link_goes_up_from_where_the_link_leads_not_from_the_link()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("task");
        Directory.CreateDirectory(temp.Combine("outside", "inner"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(temp.Combine("outside", "x"), "outside");
        File.WriteAllText(Path.Combine(dir, "x"), "inside");
        Directory.CreateSymbolicLink(Path.Combine(dir, "l"), temp.Combine("outside", "inner"));
        // Lexically l/../x is the task's own x; the file system reads outside/x.
        Assert.Null(ContainedPath.Resolve(dir, "l/../x"));
        Assert.Equal(temp.Combine("outside", "x"), ContainedPath.RealPath(Path.Combine(dir, "l", "..", "x")));
    }

    [Fact]
    public void A_loop_of_links_resolves_to_nothing()
    {
        using var temp = new TempDirectory();
        File.CreateSymbolicLink(temp.Combine("a"), "b");
        File.CreateSymbolicLink(temp.Combine("b"), "a");
        Assert.Null(ContainedPath.Resolve(temp.Path, "a"));
        Assert.Null(ContainedPath.RealPath(temp.Combine("a", "x")));
    }

    [Fact]
    public void The_directory_itself_is_inside_and_a_sibling_with_the_same_prefix_is_not()
    {
        Assert.True(ContainedPath.IsInside("/state/task", "/state/task"));
        Assert.True(ContainedPath.IsInside("/state/task/wd", "/state/task"));
        Assert.False(ContainedPath.IsInside("/state/task2/wd", "/state/task"));
    }
}
