namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The result of the sanity check that stops obviously wrong setups before they open.</summary>
/// <param name="Problems">What is wrong; empty when the campaign may open.</param>
[GenerateSerializer, Immutable, Alias("checkin.SanityReport")]
public sealed record SanityReport(IReadOnlyList<SanityProblem> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Passed => Problems.Count == 0;
}
