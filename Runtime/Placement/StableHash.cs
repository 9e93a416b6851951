using System.Text;

namespace CheckIn.Runtime.Placement;

/// <summary>A 64-bit hash that is the same in every process and every run (string.GetHashCode is randomized
/// per process, so silos and clients would disagree on owners): FNV-1a over UTF-8, then a full avalanche so
/// that similar keys land far apart on the ring.</summary>
internal static class StableHash
{
    public static ulong Of(string first, string second)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, first);
        hash = (hash ^ 0x1F) * 1099511628211UL;
        hash = Mix(hash, second);
        return Finish(hash);
    }

    private static ulong Mix(ulong hash, string text)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(text) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Finish(ulong hash)
    {
        // The splitmix64 finalizer.
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return hash;
    }
}
