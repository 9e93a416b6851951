namespace CheckIn.Runtime.Membership;

/// <summary>The membership table as one read saw it: its version, its rows, and the database's clock.</summary>
/// <param name="Version">The table version; every change increments it in the same transaction.</param>
/// <param name="Entries">Every row of the cluster.</param>
/// <param name="DatabaseNow">The database's clock at the read.</param>
public sealed record MembershipSnapshot(long Version, IReadOnlyList<MembershipEntry> Entries, DateTimeOffset DatabaseNow)
{
    /// <summary>The active silos, in a stable order.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos { get; } = [.. Entries.Where(static e => e.Status == SiloStatus.Active).Select(static e => e.Silo).Order()];

    /// <summary>The row of <paramref name="silo"/>, if any.</summary>
    public MembershipEntry? Find(SiloAddress silo) => Entries.FirstOrDefault(e => e.Silo == silo);
}
