using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class FilePatternMatcherTests
{
    private static TempDirectory WithFiles(params string[] files)
    {
        var temp = new TempDirectory();
        foreach (string file in files)
        {
            string path = temp.Combine("wd", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }
        Directory.CreateDirectory(temp.Combine("wd"));
        return temp;
    }

    private static string[] Names(TempDirectory temp, string pattern, IReadOnlyDictionary<string, string>? environment = null) =>
        FilePatternMatcher.Match(pattern, temp.Combine("wd"), environment ?? new Dictionary<string, string>())
            .Select(m => m.RelativeName).ToArray();

    [Theory]
    [InlineData("*.txt", new[] { "a.txt", "b1.txt" })]
    [InlineData("**/*.txt", new[] { "a.txt", "b1.txt", "d/c.txt", "d/e/f.txt" })]
    [InlineData("b?.txt", new[] { "b1.txt" })]
    [InlineData("[ab]*.txt", new[] { "a.txt", "b1.txt" })]
    [InlineData("[!a]*.txt", new[] { "b1.txt" })]
    [InlineData("[a-b]?.txt", new[] { "b1.txt" })]
    [InlineData(".*.txt", new[] { ".hidden.txt" })]
    [InlineData("d/**", new[] { "c.txt", "e/f.txt" })]
    [InlineData("abc[*]", new[] { "abc*" })]
    [InlineData("a.txt", new[] { "a.txt" })]
    [InlineData("missing.txt", new string[0])]
    [InlineData("nodir/*.txt", new string[0])]
    public void Matches_the_spec_wildcards(string pattern, string[] expected)
    {
        using TempDirectory temp = WithFiles("a.txt", "b1.txt", ".hidden.txt", "d/c.txt", "d/e/f.txt", "d/.git/x.txt", "abc*", "z.log");

        Assert.Equal(expected, Names(temp, pattern));
    }

    [Fact]
    public void Expands_environment_variables_and_accepts_absolute_patterns()
    {
        using TempDirectory temp = WithFiles("out/r.csv");
        var environment = new Dictionary<string, string> { ["OUT"] = "out" };

        Assert.Equal(["r.csv"], Names(temp, "$OUT/*.csv", environment));
        Assert.Equal(["r.csv"], Names(temp, "${OUT}/r.csv", environment));
        Assert.Equal(["r.csv"], Names(temp, temp.Combine("wd", "out") + "/*.csv"));
    }
}
