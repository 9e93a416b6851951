namespace CheckIn.Runtime.Membership;

/// <summary>One row of the membership table.</summary>
/// <param name="Silo">The member.</param>
/// <param name="Status">Its state.</param>
/// <param name="StartedAt">When it joined (database clock).</param>
/// <param name="IAmAlive">Its last heartbeat (database clock); a silo serves only while its heartbeat lease runs.</param>
/// <param name="AckedVersion">The latest membership version for which it has released every grain it no longer owns.</param>
/// <param name="SuspectVotes">Votes of other silos that found it unresponsive: <c>voter|unix milliseconds</c>.</param>
public sealed record MembershipEntry(
    SiloAddress Silo,
    SiloStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset IAmAlive,
    long AckedVersion,
    IReadOnlyList<string> SuspectVotes);
