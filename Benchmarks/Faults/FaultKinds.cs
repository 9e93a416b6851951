namespace CheckIn.Benchmarks.Faults;

/// <summary>The faults' names on the command line and in the report.</summary>
internal static class FaultKinds
{
    public const string PostgresRestart = "postgres-restart";
    public const string SiloKill = "silo-kill";
    public const string WebFrontRestart = "webfront-restart";

    public static IReadOnlyList<string> Names { get; } = [PostgresRestart, SiloKill, WebFrontRestart];

    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.PostgresRestart => PostgresRestart,
        FaultKind.SiloKill => SiloKill,
        FaultKind.WebFrontRestart => WebFrontRestart,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static FaultKind Parse(string name) => name.ToLowerInvariant() switch
    {
        PostgresRestart => FaultKind.PostgresRestart,
        SiloKill => FaultKind.SiloKill,
        WebFrontRestart => FaultKind.WebFrontRestart,
        _ => throw new ArgumentException($"Unknown fault '{name}'. Faults: {string.Join(", ", Names)}."),
    };
}
