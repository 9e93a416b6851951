namespace CheckIn.Benchmarks.Burst;

/// <summary>Everything one <c>burst</c> invocation measured, for <see cref="BurstReport"/> and <see cref="HtmlReport"/>.</summary>
internal sealed record BurstRunReport(string CommandLine, MachineInfo Machine, DateTimeOffset StartedAt, TimeSpan Elapsed, IReadOnlyList<ScenarioResult> Results)
{
    public IReadOnlyList<TargetVerdict> Targets => BurstTargets.Evaluate(Results);

    /// <summary>Whether every scenario stored exactly what it confirmed, without overbooking or doubles.</summary>
    public bool Correct => Results.All(r => r.Overbookings == 0 && r.DoubleBookings == 0 && r.Verified != false);
}
