namespace CheckIn.Benchmarks.Burst;

/// <summary>The exposure fan-out: <see cref="Visitors"/> visitors check in at one venue, then a health officer reports
/// an exposure <see cref="Reports"/> times (each a window a millisecond wider than the last, so each is a new exposure
/// that warns every visitor again); each report returns once every warning mail is queued durably in the outboxes.</summary>
internal sealed record ExposureFanOutSettings(int Visitors, int Reports)
{
    /// <summary>DESIGN.md: 50,000 visitors of one venue warned, mail queued durably, in under 2 s.</summary>
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    public string Describe() => $"{Visitors:N0} visitors of one venue, {Reports} reports (each a new window; the first on a freshly started silo, "
        + "which reads the visits from the database), mail not delivered";

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Visitors, 1, nameof(Visitors));
        ArgumentOutOfRangeException.ThrowIfLessThan(Reports, 1, nameof(Reports));
    }
}
