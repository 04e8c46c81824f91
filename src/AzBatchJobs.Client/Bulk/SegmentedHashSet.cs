using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>A compact set of non-default struct keys: open addressing (linear probing) in 256 segments.
/// Sized up front when the number of keys is known, so a full submission allocates it once; otherwise
/// segments grow by half, which keeps both the slack and the garbage left by growing small.</summary>
internal sealed class SegmentedHashSet<TKey>
    where TKey : struct, IEquatable<TKey>
{
    private const int SegmentCount = 256;
    private const int MinimumSegmentCapacity = 16;
    private const double MaxLoad = 0.85;

    /// <summary>Presizing stops here (about 40 MB of 8-byte keys), so a wild estimate cannot allocate a huge table.</summary>
    private const long MaxPresizedCount = 4_000_000;

    private readonly Func<TKey, ulong> hash;
    private readonly int initialSegmentCapacity;
    private readonly TKey[]?[] segments = new TKey[SegmentCount][];
    private readonly int[] counts = new int[SegmentCount];

    public SegmentedHashSet(Func<TKey, ulong> hash, long expectedCount = 0)
    {
        this.hash = hash;
        // Hashing spreads keys evenly but not exactly: leave room for a segment four standard deviations
        // above the average (a segment's count is about Poisson), so that no segment has to grow.
        double average = Math.Min(expectedCount, MaxPresizedCount) / (double)SegmentCount;
        double perSegment = average + 4 * Math.Sqrt(average) + 8;
        initialSegmentCapacity = (int)Math.Max(MinimumSegmentCapacity, perSegment / MaxLoad);
    }

    /// <summary>Adds the key (never default); false when it was already there.</summary>
    public bool Add(TKey key)
    {
        ulong h = hash(key);
        int segment = (int)(h >> 56);
        var slots = segments[segment] ??= new TKey[initialSegmentCapacity];
        if (!Insert(slots, key, h))
        {
            return false;
        }

        if (++counts[segment] > slots.Length * MaxLoad)
        {
            segments[segment] = Grow(slots);
        }

        return true;
    }

    private static bool Insert(TKey[] slots, TKey key, ulong h)
    {
        int length = slots.Length;
        // Maps the low 32 bits onto [0, length) without a division (the top bits chose the segment).
        int i = (int)(((h & 0xFFFFFFFFUL) * (ulong)length) >> 32);
        while (true)
        {
            if (slots[i].Equals(default))
            {
                slots[i] = key;
                return true;
            }

            if (slots[i].Equals(key))
            {
                return false;
            }

            if (++i == length)
            {
                i = 0;
            }
        }
    }

    private TKey[] Grow(TKey[] slots)
    {
        var larger = new TKey[slots.Length + slots.Length / 2];
        foreach (var key in slots)
        {
            if (!key.Equals(default))
            {
                Insert(larger, key, hash(key));
            }
        }

        return larger;
    }

    /// <summary>SplitMix64's finalizer: every input bit affects every output bit.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
