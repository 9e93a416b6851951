namespace CheckIn.Benchmarks.Faults;

/// <summary>The faults' names on the command line and in the report.</summary>
internal static class FaultKinds
{
    public const string PostgresRestart = "postgres-restart";
    public const string SiloKill = "silo-kill";
    public const string WebFrontRestart = "webfront-restart";
    public const string SmtpOutage = "smtp-outage";

    public static IReadOnlyList<string> Names { get; } = [PostgresRestart, SiloKill, WebFrontRestart, SmtpOutage];

    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.PostgresRestart => PostgresRestart,
        FaultKind.SiloKill => SiloKill,
        FaultKind.WebFrontRestart => WebFrontRestart,
        FaultKind.SmtpOutage => SmtpOutage,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static FaultKind Parse(string name) => name.ToLowerInvariant() switch
    {
        PostgresRestart => FaultKind.PostgresRestart,
        SiloKill => FaultKind.SiloKill,
        WebFrontRestart => FaultKind.WebFrontRestart,
        SmtpOutage => FaultKind.SmtpOutage,
        _ => throw new ArgumentException($"Unknown fault '{name}'. Faults: {string.Join(", ", Names)}."),
    };
}
