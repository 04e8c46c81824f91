using System.Text;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Examples;

namespace AzBatchJobs.Client.Tests.Definitions;

/// <summary>A file of tasks read as a stream: the three shapes it may have, where each item is, and how it fails.</summary>
public sealed class TaskFileTests
{
    private const string Two = """{"id":"a","commandLine":"echo a"}""";
    private const string Other = """{"id":"b","commandLine":"echo b","constraints":{"maxTaskRetryCount":2}}""";

    [Theory]
    [InlineData("[" + Two + "," + Other + "]", "[0]", "[1]")]
    [InlineData("{ \"value\" : [\n" + Two + ",\n" + Other + "\n] }\n", "[0]", "[1]")]
    [InlineData("\uFEFF" + Two + "\n\n" + Other + "\n", "line 1", "line 3")]
    [InlineData("{\n  \"id\": \"a\",\n  \"commandLine\": \"echo a\"\n}\n{\n  \"id\": \"b\", \"commandLine\": \"echo b\", \"constraints\": { \"maxTaskRetryCount\": 2 }\n}", "line 1", "line 5")]
    public void An_array_a_collection_body_and_json_lines_give_the_same_tasks(string text, string first, string second)
    {
        var items = Read(text);

        Assert.Equal([first, second], items.Select(i => i.Location));
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(["a", "b"], items.Select(i => i.Value!.Id));
        Assert.Equal(2, items[1].Value!.Constraints!.MaxTaskRetryCount);
    }

    [Fact]
    public void Microsofts_add_collection_body_is_read_whole()
    {
        var items = Read(SpecExamples.CreateTaskCollectionComplexRequest);

        Assert.Equal(["complex1", "simple3"], items.Select(i => i.Value!.Id));
        Assert.Equal(3, items[0].Value!.MultiInstanceSettings!.NumberOfInstances);
    }

    [Fact]
    public void An_invalid_item_is_named_by_index_or_line_and_the_next_items_follow()
    {
        var array = Read("""[ {"id":"ok","commandLine":"x"}, {"id":"bad","commandLine":"x","resourceFiles":[{"filePath":3}]}, {"id":"no-command"}, 7, {"id":"last","commandLine":"x"} ]""");
        var lines = Read("{\"id\":\"ok\",\"commandLine\":\"x\"}\n{\"id\":\"bad\",\"commandLin\":\"x\"}\n{\"id\":\"last\",\"commandLine\":\"x\"}\n");

        Assert.Equal([null, "tasks: [1].resourceFiles[0].filePath: expected a string, found a number.", "tasks: [2].commandLine is required.",
            "tasks: [3]: expected a JSON object (a task), found a number.", null], array.Select(i => i.Error?.Message));
        Assert.Equal(["ok", null, null, null, "last"], array.Select(i => i.Value?.Id));
        Assert.Equal("bad", array[1].Error!.ItemId);
        Assert.StartsWith("tasks: line 2: commandLin: is not a property of BatchTaskCreateOptions; its properties are id, displayName,", lines[1].Error!.Message);
        Assert.Equal("last", lines[2].Value!.Id);
    }

    [Theory]
    [InlineData("[ {\"id\":\"a\",\"commandLine\":\"x\"},\n {\"id\": }\n]", 1, "tasks: line 2: invalid JSON: ")]
    [InlineData("[ {\"id\":\"a\",\"commandLine\":\"x\"} {\"id\":\"b\",\"commandLine\":\"x\"} ]", 1, "tasks: line 1: invalid JSON: expected ',' or ']' after an item of the array.")]
    [InlineData("[ {\"id\":\"a\",\"commandLine\":\"x\"},\n]", 1, "tasks: line 2: invalid JSON: expected an item after ','.")]
    [InlineData("[ {\"id\":\"a\",\"commandLine\":\"x\"}\n", 1, "tasks: line 2: invalid JSON: the array is not closed: ']' is missing.")]
    [InlineData("[ {\"id\":\"a\",\"commandLine\":\"x\"} ] []", 1, "tasks: line 1: invalid JSON: unexpected content after the array.")]
    [InlineData("{\"value\":[ {\"id\":\"a\",\"commandLine\":\"x\"} ]", 1, "tasks: line 1: invalid JSON: expected '}' to close the {\"value\": [...]} object.")]
    [InlineData("{\"id\":\"a\",\"commandLine\":\"x\"}\n{\"id\":\"b\",\n\"commandLine\":\"x\"\n", 1, "tasks: line 2: invalid JSON: the input ends before this item is complete")]
    [InlineData("{\"id\":\"a\",\"commandLine\":\"x\"}\n\n  {\"id\":\"b\",\n\"commandLine\" \"x\"}\n", 1, "tasks: line 4: invalid JSON: ")]
    public void Invalid_json_ends_the_file_with_its_line(string text, int goodItems, string error)
    {
        var items = Read(text);

        Assert.Equal(goodItems + 1, items.Count);
        Assert.All(items.Take(goodItems), i => Assert.NotNull(i.Value));
        Assert.StartsWith(error, items[^1].Error!.Message);
    }

    [Fact]
    public void An_empty_file_has_no_tasks() => Assert.Empty(Read(" \n"));

    [Fact]
    public void Items_are_found_across_buffer_boundaries()
    {
        var text = "{ \"value\" : [" + string.Join(",\n", Enumerable.Range(0, 50).Select(i => $$"""{"id":"t{{i}}","commandLine":"echo {{new string('x', i)}}"}""")) + "] }";

        var items = JsonItemSplitter.Split(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize: 7)
            .Select(i => (i.Index, i.Line, Text: Encoding.UTF8.GetString(i.Utf8.Span), i.SyntaxError)).ToList();

        Assert.Equal(50, items.Count);
        Assert.All(items, i => Assert.Null(i.SyntaxError));
        Assert.Equal(Enumerable.Range(1, 50).Select(l => (long)l), items.Select(i => i.Line));
        Assert.Equal($$"""{"id":"t49","commandLine":"echo {{new string('x', 49)}}"}""", items[^1].Text);
    }

    [Fact]
    public void A_hundred_thousand_tasks_are_read_with_a_bounded_read_ahead()
    {
        const int count = 100_000;
        var source = new GeneratedJsonLines(count);
        long worstReadAhead = 0;
        long endOfItem = 0;
        var read = 0;

        foreach (var item in BatchDefinitionJson.ReadTasks(source, "tasks.jsonl"))
        {
            Assert.Equal($"t{read}", item.Value!.Id);
            endOfItem += GeneratedJsonLines.Line(read).Length;
            // Bytes read from the stream beyond the end of this item: what the reader holds besides the item.
            worstReadAhead = Math.Max(worstReadAhead, source.BytesRead - endOfItem);
            read++;
        }

        Assert.Equal(count, read);
        Assert.True(source.BytesRead > 50 * 64 * 1024, "the input should be many buffers long");
        Assert.InRange(worstReadAhead, 0, 64 * 1024);
    }

    private static List<BatchJsonItem<BatchTaskCreateOptions>> Read(string text) =>
        BatchDefinitionJson.ReadTasks(new MemoryStream(Encoding.UTF8.GetBytes(text)), "tasks").ToList();

    /// <summary>JSON Lines made as they are read, never held whole: line i is task t{i}.</summary>
    private sealed class GeneratedJsonLines(int count) : Stream
    {
        private byte[] _pending = [];
        private int _pendingAt;
        private int _next;

        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int size)
        {
            var written = 0;
            while (written < size)
            {
                if (_pendingAt == _pending.Length)
                {
                    if (_next == count) break;
                    _pending = Line(_next++);
                    _pendingAt = 0;
                }
                var n = Math.Min(size - written, _pending.Length - _pendingAt);
                Array.Copy(_pending, _pendingAt, buffer, offset + written, n);
                _pendingAt += n;
                written += n;
            }
            BytesRead += written;
            return written;
        }

        public static byte[] Line(int i) => Encoding.UTF8.GetBytes($$"""{"id":"t{{i}}","commandLine":"/bin/sh -c 'echo {{i}}'"}""" + "\n");

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
