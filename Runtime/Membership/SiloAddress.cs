using System.Globalization;

namespace CheckIn.Runtime.Membership;

/// <summary>A silo's identity in the cluster: where it listens and which start of that endpoint it is
/// (a silo restarted on the same port is a new member with a higher generation).</summary>
/// <param name="Host">The IP address the silo listens on.</param>
/// <param name="Port">The TCP port.</param>
/// <param name="Generation">Distinguishes restarts on the same endpoint (the start time in milliseconds).</param>
public sealed record SiloAddress(string Host, int Port, long Generation) : IComparable<SiloAddress>
{
    /// <summary>Parses the form produced by <see cref="ToString"/>: <c>host:port@generation</c>.</summary>
    public static SiloAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var at = text.LastIndexOf('@');
        var colon = text.LastIndexOf(':', at);
        return new SiloAddress(
            text[..colon],
            int.Parse(text[(colon + 1)..at], CultureInfo.InvariantCulture),
            long.Parse(text[(at + 1)..], CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public int CompareTo(SiloAddress? other) => string.CompareOrdinal(ToString(), other?.ToString());

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}@{Generation}");
}
