using System;
using System.Text.Json;

namespace AzBatchJobs.Client.Definitions;

/// <summary>The splitter's buffer: filling it, moving through it (counting lines), and finding where a value ends.</summary>
internal sealed partial class JsonItemSplitter
{
    private static readonly byte[] ValueProperty = { (byte)'v', (byte)'a', (byte)'l', (byte)'u', (byte)'e' };

    private enum Measure
    {
        Complete,
        NeedMore,
        Error,
    }

    private byte Peek() => _buffer[_start];

    private void Advance(int count)
    {
        var span = new ReadOnlySpan<byte>(_buffer, _start, count);
        int at;
        while ((at = span.IndexOf((byte)'\n')) >= 0)
        {
            _line++;
            span = span.Slice(at + 1);
        }
        _start += count;
    }

    /// <summary>Reads more of the stream, keeping the bytes not yet consumed; false at the end or when an item outgrows the limit.</summary>
    private bool Fill()
    {
        if (_final) return false;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxItemBytes) return false;
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxItemBytes));
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        _end += read;
        return true;
    }

    /// <summary>Moves past whitespace; false at the end of the input.</summary>
    private bool SkipWhitespace()
    {
        while (true)
        {
            while (_start < _end)
            {
                switch (_buffer[_start])
                {
                    case (byte)'\n':
                        _line++;
                        _start++;
                        break;
                    case (byte)' ' or (byte)'\t' or (byte)'\r':
                        _start++;
                        break;
                    default:
                        return true;
                }
            }
            if (!Fill() || (_final && _start == _end)) return false;
        }
    }

    private void SkipByteOrderMark()
    {
        while (_end - _start < 3 && Fill())
        {
        }
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF) _start += 3;
    }

    /// <summary>At '{': whether it starts {"value": [ (then moved past the '[').</summary>
    private bool OpensCollectionBody()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, default);
            try
            {
                if (reader.Read() && reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(ValueProperty)) return false;
                    if (reader.Read())
                    {
                        if (reader.TokenType != JsonTokenType.StartArray) return false;
                        _collectionBody = true;
                        Advance((int)reader.BytesConsumed);
                        return true;
                    }
                }
            }
            catch (JsonException)
            {
                return false;
            }
            if (!Fill()) return false;
        }
    }

    /// <summary>
    /// The length of the JSON value at the current position, reading more of the stream as needed. When the
    /// input ends inside the value, the error says so and is reported on the line where the value starts.
    /// </summary>
    private int MeasureValue(out JsonException? error, out bool atStart)
    {
        atStart = false;
        while (true)
        {
            var measured = TryMeasure(isFinalBlock: false, out var length, out error);
            if (measured != Measure.NeedMore) return length;
            if (Fill()) continue;
            if (!_final)
            {
                error = new JsonException($"an item is larger than {MaxItemBytes / (1024 * 1024)} MB.");
                atStart = true;
                return 0;
            }
            // The input ended: complete only if the value is (a number at the very end needs the final block to end).
            if (TryMeasure(isFinalBlock: true, out length, out error) == Measure.Complete) return length;
            error = new JsonException("the input ends before this item is complete (a closing '}', ']' or '\"' is missing).");
            atStart = true;
            return 0;
        }
    }

    private Measure TryMeasure(bool isFinalBlock, out int length, out JsonException? error)
    {
        length = 0;
        error = null;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), isFinalBlock, default);
        try
        {
            if (!reader.Read()) return Measure.NeedMore;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) return Measure.NeedMore;
            length = (int)reader.BytesConsumed;
            return Measure.Complete;
        }
        catch (JsonException e)
        {
            error = e;
            return Measure.Error;
        }
    }
}
