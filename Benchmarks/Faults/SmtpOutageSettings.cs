using System.Globalization;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The exposure fan-out an SMTP outage strikes: one venue with <see cref="Visitors"/> visitors, all warned by
/// one exposure report; the SMTP server is killed once <see cref="DeliveredBeforeFault"/> warnings arrived, stays down
/// <see cref="Downtime"/>, and is started again on the same port. The silo sends over <see cref="Connections"/> SMTP
/// connections, at most <see cref="SendsPerSecond"/> a second; after the server is back, every warning must arrive
/// within <see cref="Deadline"/>.</summary>
internal sealed record SmtpOutageSettings(
    int Visitors,
    int DeliveredBeforeFault,
    TimeSpan Downtime,
    int Connections,
    int SendsPerSecond,
    TimeSpan Deadline)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Visitors:N0} visitors of one venue, SMTP server killed after {DeliveredBeforeFault:N0} delivered, down {Downtime.TotalSeconds:0.#} s, "
        + $"Smtp:MaxConnections {Connections}, Smtp:MaxSendsPerSecond {SendsPerSecond:N0}");

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Visitors, 2, nameof(Visitors));
        ArgumentOutOfRangeException.ThrowIfLessThan(DeliveredBeforeFault, 1, nameof(DeliveredBeforeFault));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(DeliveredBeforeFault, Visitors, nameof(DeliveredBeforeFault));
        ArgumentOutOfRangeException.ThrowIfLessThan(Downtime, TimeSpan.Zero, nameof(Downtime));
        ArgumentOutOfRangeException.ThrowIfLessThan(Connections, 1, nameof(Connections));
        ArgumentOutOfRangeException.ThrowIfLessThan(SendsPerSecond, 1, nameof(SendsPerSecond));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Deadline, TimeSpan.Zero, nameof(Deadline));
    }
}
