using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class TaskIdFilterTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(64)]
    public void Chunks_cover_every_id_once_and_each_encoded_filter_stays_under_the_limit(int idLength)
    {
        var tasks = Enumerable.Range(0, 100).Select(i => new PendingTask(i.ToString("D2").PadLeft(idLength, 'x')[^idLength..], [], i)).ToList();

        var chunks = TaskIdFilter.Chunks(tasks);

        Assert.Equal(tasks, chunks.SelectMany(c => c));
        Assert.All(chunks, chunk => Assert.InRange(Uri.EscapeDataString(TaskIdFilter.For(TaskIdFilter.Ids(chunk))).Length, 1, TaskIdFilter.MaxEncodedLength));
        // Full chunks: the next id would not have fitted.
        Assert.All(chunks.SkipLast(1), chunk => Assert.True(
            Uri.EscapeDataString(TaskIdFilter.For(TaskIdFilter.Ids(chunk).Append(new string('y', idLength)).ToList())).Length > TaskIdFilter.MaxEncodedLength));
    }

    [Fact]
    public void The_filter_matches_each_id_by_equality()
    {
        Assert.Equal("id eq 'a-1' or id eq 'B_2'", TaskIdFilter.For(new[] { "a-1", "B_2" }));
    }
}
