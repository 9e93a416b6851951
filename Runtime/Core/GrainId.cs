using System.Globalization;

namespace CheckIn.Runtime;

/// <summary>The identity of a grain: its grain type and its key. Two references with equal ids address
/// the same grain.</summary>
/// <param name="Type">The grain type name (the implementation class name unless <see cref="GrainTypeAttribute"/> says otherwise).</param>
/// <param name="Key">The grain's key in string form.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The key as a <see cref="Guid"/>, for grains addressed by Guid.</summary>
    public Guid GetGuidKey() => Guid.ParseExact(Key, "N");

    /// <summary>The key as a <see cref="long"/>, for grains addressed by integer.</summary>
    public long GetIntegerKey() => long.Parse(Key, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The string form of a Guid key.</summary>
    public static string KeyOf(Guid key) => key.ToString("N");

    /// <summary>The string form of an integer key.</summary>
    public static string KeyOf(long key) => key.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Type}/{Key}";
}
