using System.Globalization;
using CheckIn.Runtime.Membership;

namespace CheckIn.Runtime.Placement;

/// <summary>Consistent hashing over the active silos: each silo holds <see cref="VirtualNodes"/> points on a
/// 64-bit ring and owns the keys from the previous point up to each of its own. Every process with the same
/// membership version computes the same owner without asking anyone, and a join or leave moves only the
/// ranges next to the silo that came or went.</summary>
internal sealed class ConsistentHashRing
{
    public const int VirtualNodes = 64;

    private readonly ulong[] _points;
    private readonly SiloAddress[] _owners;

    public ConsistentHashRing(IReadOnlyList<SiloAddress> silos)
    {
        Silos = silos;
        var points = new List<(ulong Point, SiloAddress Silo)>(silos.Count * VirtualNodes);
        foreach (var silo in silos)
        {
            var name = silo.ToString();
            for (var i = 0; i < VirtualNodes; i++)
            {
                points.Add((StableHash.Of(name, i.ToString(CultureInfo.InvariantCulture)), silo));
            }
        }

        points.Sort(static (a, b) => a.Point != b.Point ? a.Point.CompareTo(b.Point) : a.Silo.CompareTo(b.Silo));
        _points = [.. points.Select(static p => p.Point)];
        _owners = [.. points.Select(static p => p.Silo)];
    }

    public IReadOnlyList<SiloAddress> Silos { get; }

    /// <summary>The silo that owns <paramref name="grainId"/>; null when no silo is active.</summary>
    public SiloAddress? Owner(GrainId grainId)
    {
        if (_points.Length == 0)
        {
            return null;
        }

        var hash = StableHash.Of(grainId.Type, grainId.Key);
        var index = Array.BinarySearch(_points, hash);
        if (index < 0)
        {
            index = ~index;
        }

        return _owners[index == _points.Length ? 0 : index];
    }
}
