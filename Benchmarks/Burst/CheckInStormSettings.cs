namespace CheckIn.Benchmarks.Burst;

/// <summary>The check-in storm: <see cref="CheckIns"/> check-ins of distinct visitors over <see cref="Venues"/>
/// venues, the venue of each drawn from a Zipf distribution with exponent <see cref="ZipfExponent"/> (a few venues
/// take most visitors), sent at <see cref="Rate"/> per second (0: as fast as the target answers) with at most
/// <see cref="Concurrency"/> in flight. With <see cref="SmtpSink"/> the warning mails of the exposure report are
/// delivered to a local SMTP server (aiosmtpd); otherwise the outboxes are measured without sending.</summary>
internal sealed record CheckInStormSettings(int Venues, int CheckIns, double Rate, double ZipfExponent, int Concurrency, bool SmtpSink = false, int Seed = 11)
{
    public string Describe() => $"V={Venues:N0}, {CheckIns:N0} check-ins, Zipf s={ZipfExponent:0.##}, target rate {(Rate > 0 ? $"{Rate:N0}/s" : "unpaced")}, client concurrency {Concurrency}, mail {(SmtpSink ? "to a local SMTP sink" : "not delivered")}";

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Venues, 1, nameof(Venues));
        ArgumentOutOfRangeException.ThrowIfLessThan(CheckIns, 1, nameof(CheckIns));
        ArgumentOutOfRangeException.ThrowIfNegative(Rate, nameof(Rate));
        ArgumentOutOfRangeException.ThrowIfNegative(ZipfExponent, nameof(ZipfExponent));
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
    }
}
