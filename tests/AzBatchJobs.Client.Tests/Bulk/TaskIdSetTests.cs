using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class TaskIdSetTests
{
    [Theory]
    [InlineData("a", "A")]
    [InlineData("Task-0000001", "tASK-0000001")]
    [InlineData("render_frame-00012-pass2", "RENDER_FRAME-00012-PASS2")]
    [InlineData("a-very-long-task-id-beyond-twenty-four-characters", "A-VERY-LONG-TASK-ID-BEYOND-TWENTY-FOUR-CHARACTERS")]
    [InlineData("odd.chars", "ODD.CHARS")]
    public void Ids_differing_only_in_case_are_the_same(string first, string second)
    {
        var set = new TaskIdSet();

        Assert.True(set.Add(first));
        Assert.False(set.Add(second));
        Assert.False(set.Add(first));
    }

    [Fact]
    public void A_million_distinct_ids_of_many_lengths_are_each_new_once()
    {
        var set = new TaskIdSet();
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_";
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (ids.Count < 200_000)
        {
            int length = random.Next(0, 40);
            ids.Add("r" + new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        foreach (var id in ids)
        {
            Assert.True(set.Add(id), id);
        }

        for (int i = 0; i < 1_000_000; i++)
        {
            Assert.True(set.Add("t" + i), "t" + i);
        }

        foreach (var id in ids)
        {
            Assert.False(set.Add(id.ToUpperInvariant()), id);
        }

        Assert.False(set.Add("T999999"));
    }

    [Fact]
    public void Ids_that_share_a_prefix_or_differ_by_length_are_distinct()
    {
        var set = new TaskIdSet();
        string[] ids = ["a", "aa", "aaa", "a0", "0a", "-", "_", "a-", "a_", new string('z', 12), new string('z', 13), new string('z', 24), new string('z', 25)];

        Assert.All(ids, id => Assert.True(set.Add(id), id));
    }
}
