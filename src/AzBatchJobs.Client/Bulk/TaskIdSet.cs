using System;
using System.Collections.Generic;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The ids seen so far in one submission, compared as the service compares them (case-insensitively).
/// Holds ids only, never tasks, packed small: an id of Batch's characters (letters, digits, '-', '_') is
/// read as a number in base 39 with case folded, exactly (no hashing, no false duplicates): up to 12
/// characters fit in 8 bytes, up to 24 in 16. Longer or unusual ids are kept as strings.</summary>
internal sealed class TaskIdSet
{
    private const int CharsPerWord = 12;
    private const ulong Base = 39;

    private readonly long expectedCount;
    private readonly HashSet<string> otherIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private SegmentedHashSet<ulong>? shortIds;
    private SegmentedHashSet<PackedPair>? mediumIds;
    private bool any;

    /// <param name="expectedCount">The number of ids to come, when known: the kind of set the first id
    /// needs is sized for all of them (ids of one submission usually have one shape).</param>
    public TaskIdSet(long expectedCount = 0)
    {
        this.expectedCount = expectedCount;
    }

    /// <summary>Records the id; false when it was seen before.</summary>
    public bool Add(string id)
    {
        if (id.Length <= CharsPerWord && TryPack(id, 0, id.Length, out ulong packed))
        {
            shortIds ??= new SegmentedHashSet<ulong>(SegmentedHashSet<ulong>.Mix, SizeForFirst());
            return shortIds.Add(packed);
        }

        if (id.Length <= 2 * CharsPerWord
            && TryPack(id, 0, CharsPerWord, out ulong low)
            && TryPack(id, CharsPerWord, id.Length - CharsPerWord, out ulong high))
        {
            mediumIds ??= new SegmentedHashSet<PackedPair>(pair => SegmentedHashSet<ulong>.Mix(pair.Low ^ SegmentedHashSet<ulong>.Mix(pair.High)), SizeForFirst());
            return mediumIds.Add(new PackedPair(low, high));
        }

        any = true;
        return otherIds.Add(id);
    }

    private long SizeForFirst()
    {
        long size = any ? 0 : expectedCount;
        any = true;
        return size;
    }

    /// <summary>Digits 1..38 (0 is never used, so the length is implied and no id packs to 0).</summary>
    private static bool TryPack(string id, int start, int length, out ulong packed)
    {
        packed = 0;
        ulong weight = 1;
        for (int i = start; i < start + length; i++)
        {
            int digit = Digit(id[i]);
            if (digit == 0)
            {
                return false;
            }

            packed += (ulong)digit * weight;
            weight *= Base;
        }

        return true;
    }

    private static int Digit(char c)
    {
        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A' + 1;
        }

        if (c >= 'a' && c <= 'z')
        {
            return c - 'a' + 1;
        }

        if (c >= '0' && c <= '9')
        {
            return c - '0' + 27;
        }

        return c == '-' ? 37 : c == '_' ? 38 : 0;
    }

    private readonly struct PackedPair : IEquatable<PackedPair>
    {
        public PackedPair(ulong low, ulong high)
        {
            Low = low;
            High = high;
        }

        public ulong Low { get; }

        public ulong High { get; }

        public bool Equals(PackedPair other) => Low == other.Low && High == other.High;

        public override bool Equals(object? obj) => obj is PackedPair other && Equals(other);

        public override int GetHashCode() => (Low ^ (High * 31)).GetHashCode();
    }
}
