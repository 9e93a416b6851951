extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Burst;
using benchmarks::CheckIn.Benchmarks.Faults;

namespace CheckIn.Tests.Faults;

/// <summary>The SMTP server down during an exposure fan-out (issue 12, item 3), with the harness of
/// <c>CheckIn.Benchmarks faults --faults smtp-outage</c> (Benchmarks/Faults): a silo sends the warnings of one exposure
/// to a real aiosmtpd, which is killed mid-way, kept down, and started again on the same port. Promised: every warning
/// delivered (counted per recipient in the server's Maildir), none given up, delivery resumed within 10 s of the
/// server's return, and no warning sent twice but what SMTP cannot rule out: a message the server stored and was
/// killed before acknowledging is sent again, with the same Message-ID (at most one per connection open at the kill).</summary>
[Collection(FaultsCollection.Name)]
public sealed class SmtpOutageFaultTests
{
    /// <summary>What the issue promises: service back within 10 s after the dependency returns.</summary>
    private static readonly TimeSpan s_recoveryBudget = TimeSpan.FromSeconds(10);

    // 1,000 warnings at 100 a second: the server dies after 200, early enough that most are still to send.
    private static readonly SmtpOutageSettings s_settings = new(
        Visitors: 1_000, DeliveredBeforeFault: 200, Downtime: TimeSpan.FromSeconds(15), Connections: 8, SendsPerSecond: 100,
        Deadline: TimeSpan.FromSeconds(60));

    [Fact]
    public async Task SmtpServerDownMidFanOut_EveryWarningDeliveredOnceOrResentUnchanged_NoneGivenUp_DeliveryBackWithin10s()
    {
        using var log = new StringWriter();
        SmtpOutageResult result;
        try
        {
            result = await SmtpOutageScenario.RunAsync(s_settings, log);
            log.WriteLine(FaultReport.Markdown(nameof(SmtpOutageFaultTests), MachineInfo.Current(), TimeSpan.Zero, result));
        }
        finally
        {
            TestContext.Current.TestOutputHelper?.WriteLine(log.ToString());
        }

        Assert.True(result.DeliveredAtFault < s_settings.Visitors / 2, $"{result.DeliveredAtFault} delivered before the kill: the outage came too late to matter");
        Assert.True(result.FailedAttempts > 0, "no send failed while the server was down: the fault was not felt");
        Assert.Equal(s_settings.Visitors, result.Warnings);
        Assert.Equal(0, result.WithoutMessageId);
        Assert.Equal(0, result.OtherMessages);
        Assert.InRange(result.Duplicates, 0, s_settings.Connections);
        Assert.Equal(0, result.Missing);
        Assert.Equal(0, result.Failed);
        Assert.Equal(result.Warnings, result.Delivered);
        Assert.NotNull(result.FirstDeliveryAfterRestart);
        Assert.True(result.FirstDeliveryAfterRestart < s_recoveryBudget, $"first warning delivered {result.FirstDeliveryAfterRestart} after the server was restarted");
    }
}
