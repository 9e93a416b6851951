using System.Buffers.Binary;
using System.Security.Cryptography;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The lottery algorithm, published so that anyone can check a recorded draw. Entries are ordered by
/// pseudonym (ordinal), so their order in a record does not matter. A deterministic generator yields 64-bit
/// blocks as HMAC-SHA256(seed, counter); each winner is picked with probability proportional to its entries by
/// rejection sampling (no modulo bias), then removed, so a visitor wins at most once.</summary>
public static class LotteryDrawing
{
    /// <summary>A fresh random seed (32 bytes as 64 lower-case hex characters).</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Picks up to <paramref name="winners"/> distinct visitors from <paramref name="entries"/> with
    /// <paramref name="seed"/>. The same inputs always give the same winners, in the same order.</summary>
    public static IReadOnlyList<string> Pick(IEnumerable<LotteryEntry> entries, string seed, int winners)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(winners, 0);
        var pool = entries.Where(static e => e.Entries > 0).OrderBy(static e => e.Visitor, StringComparer.Ordinal).ToList();
        var generator = new Generator(Convert.FromHexString(seed));
        var total = pool.Sum(static e => (long)e.Entries);
        var picked = new List<string>(Math.Min(winners, pool.Count));
        while (picked.Count < winners && pool.Count > 0)
        {
            var ticket = generator.NextBelow((ulong)total);
            var index = 0;
            for (ulong cumulative = 0; ; index++)
            {
                cumulative += (ulong)pool[index].Entries;
                if (ticket < cumulative)
                {
                    break;
                }
            }

            picked.Add(pool[index].Visitor);
            total -= pool[index].Entries;
            pool.RemoveAt(index);
        }

        return picked;
    }

    private sealed class Generator(byte[] seed)
    {
        private ulong _counter;

        public ulong NextBelow(ulong bound)
        {
            // Values at or past the largest multiple of bound would make low tickets likelier: draw again.
            var limit = ulong.MaxValue - (ulong.MaxValue % bound);
            while (true)
            {
                var value = Next();
                if (value < limit)
                {
                    return value % bound;
                }
            }
        }

        private ulong Next()
        {
            Span<byte> counter = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(counter, _counter++);
            Span<byte> block = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(seed, counter, block);
            return BinaryPrimitives.ReadUInt64BigEndian(block);
        }
    }
}
