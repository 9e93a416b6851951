namespace CheckIn.Tests.Booking;

/// <summary>A dose-series scenario: slot capacities and waves of resident actions; the actions of a wave
/// run at the same time, in whatever order the silo interleaves them.</summary>
public sealed record SeriesScenario(IReadOnlyList<int> Dose1Capacities, IReadOnlyList<int> Dose2Capacities, IReadOnlyList<IReadOnlyList<ResidentAction>> Waves)
{
    public override string ToString()
        => $"dose-1 seats [{string.Join(", ", Dose1Capacities)}], dose-2 seats [{string.Join(", ", Dose2Capacities)}], waves: "
           + string.Join(" | ", Waves.Select(w => string.Join(", ", w)));
}
