using System;
using System.Buffers;

namespace AzBatchJobs.Client.Bulk;

/// <summary>A growable byte buffer to write into again and again (netstandard2.0 has no ArrayBufferWriter).</summary>
internal sealed class ReusableByteBuffer : IBufferWriter<byte>
{
    private byte[] bytes = new byte[1024];
    private int written;

    public int Capacity => bytes.Length;

    public void Clear() => written = 0;

    public byte[] ToArray() => bytes.AsSpan(0, written).ToArray();

    public void Advance(int count)
    {
        if (count < 0 || written + count > bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsSpan(written);
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (bytes.Length - written < needed)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, written + needed));
        }
    }
}
