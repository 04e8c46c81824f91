using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// Splits a stream into the items of a JSON array (<c>[...]</c>), of an add-collection body
/// (<c>{"value": [...]}</c>), or of a sequence of JSON values (JSON Lines, or objects one after another),
/// reading it a buffer at a time: memory holds one item and a buffer, never the whole input. Each item is
/// handed over as its bytes with its position; invalid JSON ends the split with an item that carries the
/// syntax error.
/// </summary>
internal sealed partial class JsonItemSplitter
{
    /// <summary>The largest item read (a task is at most 1 MB on the wire; this leaves room for indentation).</summary>
    public const int MaxItemBytes = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private long _line = 1;
    private bool _collectionBody;

    private JsonItemSplitter(Stream stream, int bufferSize)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>One item: its bytes (valid until the next item is asked for) and where it is.</summary>
    public sealed class JsonItem
    {
        public ReadOnlyMemory<byte> Utf8 { get; set; }

        /// <summary>0-based position among the items.</summary>
        public long Index { get; set; }

        /// <summary>1-based line where the item starts (for a syntax error, where the JSON breaks).</summary>
        public long Line { get; set; }

        /// <summary>An element of an array (named [Index]) rather than a value of a sequence (named by its line).</summary>
        public bool InArray { get; set; }

        public JsonException? SyntaxError { get; set; }
    }

    public static IEnumerable<JsonItem> Split(Stream stream, int bufferSize = 64 * 1024) => new JsonItemSplitter(stream, bufferSize).Items();

    private IEnumerable<JsonItem> Items()
    {
        SkipByteOrderMark();
        if (!SkipWhitespace()) yield break;
        bool inArray;
        if (Peek() == '[')
        {
            Advance(1);
            inArray = true;
        }
        else
        {
            inArray = Peek() == '{' && OpensCollectionBody();
        }
        long index = 0;
        while (true)
        {
            if (!SkipWhitespace())
            {
                if (inArray) yield return Syntax("the array is not closed: ']' is missing.");
                yield break;
            }
            if (inArray && Peek() == ']')
            {
                Advance(1);
                var error = AfterArray();
                if (error is not null) yield return Syntax(error);
                yield break;
            }
            if (inArray && index > 0)
            {
                if (Peek() != ',')
                {
                    yield return Syntax("expected ',' or ']' after an item of the array.");
                    yield break;
                }
                Advance(1);
                if (!SkipWhitespace() || Peek() == ']')
                {
                    yield return Syntax("expected an item after ','.");
                    yield break;
                }
            }
            var item = new JsonItem { Index = index, Line = _line, InArray = inArray };
            var length = MeasureValue(out var syntaxError, out var atStart);
            if (syntaxError is not null)
            {
                item.Line = _line + (atStart ? 0 : syntaxError.LineNumber ?? 0);
                item.SyntaxError = syntaxError;
                yield return item;
                yield break;
            }
            item.Utf8 = new ReadOnlyMemory<byte>(_buffer, _start, length);
            yield return item;
            Advance(length);
            index++;
        }
    }

    private JsonItem Syntax(string message) => new() { Line = _line, SyntaxError = new JsonException(message) };

    /// <summary>After the closing ']': the '}' of a collection body, then nothing but whitespace.</summary>
    private string? AfterArray()
    {
        if (_collectionBody)
        {
            if (!SkipWhitespace() || Peek() != '}') return "expected '}' to close the {\"value\": [...]} object.";
            Advance(1);
        }
        return SkipWhitespace() ? "unexpected content after the array." : null;
    }
}
