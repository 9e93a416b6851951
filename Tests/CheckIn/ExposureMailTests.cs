using System.Collections.Concurrent;
using System.Net.Mail;
using System.Net.Sockets;
using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CheckIn.Tests.CheckIn;

/// <summary>Exposure reports end to end against a real SMTP server (aiosmtpd): who is warned, exactly once, also
/// when the report is repeated, the silo restarts mid-way, or the mail server is down for a while.</summary>
public sealed class ExposureMailTests(SmtpFixture smtp) : IClassFixture<SmtpFixture>
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Exposure_VisitorsInWindowAndGrace_ExactlyOneWarningEach()
    {
        await using var silo = await CheckInSilos.StartAsync(CheckInSilos.Settings(smtp.Server.Port));
        var t0 = silo.Time.GetUtcNow();
        var tenant = CheckInSilos.NewTenant();
        var venue = await silo.RegisterVenueAsync("喫茶 みなと", tenant);
        var elsewhere = await silo.RegisterVenueAsync("Other venue", tenant);
        var (early, atStart, inside, inGrace, late, otherVenue) =
            (CheckInSilos.NewEmail("early"), CheckInSilos.NewEmail("start"), CheckInSilos.NewEmail("inside"),
             CheckInSilos.NewEmail("grace"), CheckInSilos.NewEmail("late"), CheckInSilos.NewEmail("other"));

        await silo.CheckInAsync(venue.Code, early);                       // 09:00 JST, before the window
        silo.Time.AdvanceTo(t0.AddHours(1));
        await silo.CheckInAsync(venue.Code, atStart);                     // 10:00, the window's first instant
        await silo.CheckInAsync(elsewhere.Code, otherVenue);
        silo.Time.AdvanceTo(t0.AddHours(2));
        await silo.CheckInAsync(venue.Code, atStart);                     // the same visitor again: still one mail
        await silo.CheckInAsync(venue.Code, inside);
        silo.Time.AdvanceTo(t0.AddHours(3).AddMinutes(20));
        await silo.CheckInAsync(venue.Code, inGrace);                     // 20 minutes after the window: grace
        silo.Time.AdvanceTo(t0.AddHours(3).AddMinutes(40));
        await silo.CheckInAsync(venue.Code, late);                        // 40 minutes after: not exposed
        silo.Time.AdvanceTo(t0.AddHours(5));

        var reports = await Task.WhenAll(
            Venue(silo, venue).ReportExposure(t0.AddHours(1), t0.AddHours(3), "officer"),
            Venue(silo, venue).ReportExposure(t0.AddHours(1), t0.AddHours(3), "officer"));
        var receipt = reports[0];

        Assert.Equal(receipt.ExposureId, reports[1].ExposureId);
        Assert.Equal(3, receipt.Recipients);
        Assert.Equal(t0.AddHours(3).AddMinutes(30), receipt.Until);
        await silo.SendsAsync(receipt.ExposureId, 3);
        smtp.Server.AssertExactlyOneWarningEach([atStart, inside, inGrace], [early, late, otherVenue]);

        var message = Assert.Single(smtp.Server.MessagesTo(inside));
        Assert.Contains("喫茶 みなと", message.Body, StringComparison.Ordinal);
        Assert.Contains("2026/01/01 10:00〜12:00（UTC+09:00）", message.Body, StringComparison.Ordinal);
        Assert.Contains("陽性者", message.Body, StringComparison.Ordinal);
        Assert.Contains("tested positive", message.Body, StringComparison.Ordinal);
        Assert.Contains("Important", message.Subject, StringComparison.Ordinal);
        Assert.Contains("【重要】", message.Subject, StringComparison.Ordinal);
        Assert.Equal(receipt.ExposureId, message.Header("X-CheckIn-Exposure"));
        Assert.DoesNotContain(inside, message.Body, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"<warning.{receipt.ExposureId}.", message.MessageId, StringComparison.Ordinal);
        Assert.Equal(3, smtp.Server.MailFor([atStart, inside, inGrace]).Values.Select(static m => m[0].MessageId).Distinct().Count());

        // The same report again: the same exposure, and no second mail to anyone.
        var repeated = await Venue(silo, venue).ReportExposure(t0.AddHours(1), t0.AddHours(3), "officer");
        Assert.Equal((receipt.ExposureId, 3, false), (repeated.ExposureId, repeated.Recipients, repeated.IsNew));
        await DriveAsync(silo, TimeSpan.FromMinutes(5));
        smtp.Server.AssertExactlyOneWarningEach([atStart, inside, inGrace], [early, late, otherVenue]);
        var progress = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((3, 3, 0, 0, ExposureStatus.Completed), (progress.Recipients, progress.Sent, progress.Failed, progress.Pending, progress.Status));
        Assert.Equal([receipt.ExposureId], (await Venue(silo, venue).ListExposures()).Select(static e => e.ExposureId));
    }

    [Fact]
    public async Task Exposure_SiloRestartsMidway_EveryVisitorWarnedOnce()
    {
        var settings = CheckInSilos.Settings(smtp.Server.Port);
        settings["Smtp:MaxSendsPerSecond"] = "4";
        settings["Smtp:SendBatchSize"] = "2";
        settings["CheckIn:OutboxChunkSize"] = "10";
        await using var silo = await CheckInSilos.StartAsync(settings, o => o.Storage = TestStorage.Sqlite);
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        var visitors = await silo.CheckInVisitorsAsync(venue, 40, "restart");
        silo.Time.Advance(TimeSpan.FromHours(1));

        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(5), "officer");
        Assert.Equal(40, receipt.Recipients);
        await silo.SendsAsync(receipt.ExposureId, 8, TimeSpan.FromMilliseconds(250));
        Assert.True((await silo.ProgressAsync(receipt.ExposureId)).Sent < 40, "the restart comes before the last mail");

        await silo.RestartAsync();
        var repeated = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(5), "officer");
        Assert.Equal((receipt.ExposureId, 40), (repeated.ExposureId, repeated.Recipients));
        await silo.SendsAsync(receipt.ExposureId, 40, TimeSpan.FromMilliseconds(500));

        smtp.Server.AssertExactlyOneWarningEach(visitors, []);
        Assert.Equal(40, smtp.Server.MailFor(visitors).Values.Sum(static m => m.Count));
    }

    [Fact]
    public async Task Exposure_SmtpServerDownForHours_NoWarningGivenUp_OneTryPerDelay_DeliveredOnceWithinTheDelayOfItsReturn()
    {
        var port = LoopbackPorts.Free();
        var settings = CheckInSilos.Settings(port);
        settings["Smtp:UnavailableRetryDelay"] = "00:00:05";
        settings["Logging:LogLevel:CheckIn"] = "Information";
        var logs = new ConcurrentQueue<string>();
        await using var silo = await CheckInSilos.StartAsync(settings, services: s => s.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(logs)));
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        var visitors = await silo.CheckInVisitorsAsync(venue, 3, "down");
        silo.Time.Advance(TimeSpan.FromHours(1));

        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer");
        await Eventually.TrueAsync(async () => (await silo.ProgressAsync(receipt.ExposureId)).FailedAttempts >= 3, "the first batch found the server down");

        // Six hours down, ten minutes at a time: with Smtp:MaxAttempts (10) counted, every warning would have been
        // given up after about ten minutes of back-off. Each step the outbox tries one mail, once.
        const int steps = 36;
        for (var step = 1; step <= steps; step++)
        {
            silo.Time.Advance(TimeSpan.FromMinutes(10));
            await Eventually.TrueAsync(async () => (await silo.ProgressAsync(receipt.ExposureId)).FailedAttempts >= 3 + step, $"try {step} while the server is down");
        }

        var down = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((3, 0, 0, 3, ExposureStatus.Sending), (down.Recipients, down.Sent, down.Failed, down.Pending, down.Status));
        Assert.Equal(3 + steps, down.FailedAttempts);

        // The server returns: the next try, one delay later, finds it, and the rest follow without the clock moving.
        await using var server = await SmtpTestServer.StartAsync(port, TestContext.Current.CancellationToken);
        silo.Time.Advance(TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(async () => (await silo.ProgressAsync(receipt.ExposureId)).Sent == 3, "every warning is sent");

        server.AssertExactlyOneWarningEach(visitors, []);
        var delivered = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((3, 0, 0), (delivered.Sent, delivered.Failed, delivered.Pending));

        // The operator hears of it once when the server is lost and once when it is back, not once per try.
        Assert.Single(logs, l => l.Contains($"SMTP server 127.0.0.1:{port} unavailable", StringComparison.Ordinal));
        Assert.Single(logs, l => l.Contains($"SMTP server 127.0.0.1:{port} takes mail again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exposure_OneSendFindsServerGone_SendsHangingInTheSameBatchAbandoned_NotWaitedForTheirTimeout()
    {
        // A server that vanishes without closing its connections: the first send of the batch is refused, the others
        // hang. With Smtp:Timeout at ten minutes, the outbox must not wait for them before it pauses and tries again.
        var transport = new VanishedServerTransport();
        var settings = CheckInSilos.Settings(LoopbackPorts.Free());
        settings["Smtp:Timeout"] = "00:10:00";
        await using var silo = await CheckInSilos.StartAsync(settings, services: s => s.AddSingleton<IMailTransport>(transport));
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        await silo.CheckInVisitorsAsync(venue, 3, "hang");
        silo.Time.Advance(TimeSpan.FromHours(1));

        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer");
        await Eventually.TrueAsync(async () => (await silo.ProgressAsync(receipt.ExposureId)).FailedAttempts == 3, "the refused send and the two hanging ones are counted");

        var down = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((3, 0, 0, 3), (down.Recipients, down.Sent, down.Failed, down.Pending));
        Assert.Equal(2, transport.Abandoned);
    }

    /// <summary>Refuses the first message at once (connection refused) and holds every other until its send is
    /// cancelled, as connections to a server that vanished without closing them do.</summary>
    private sealed class VanishedServerTransport : IMailTransport
    {
        private int _sends;
        private int _abandoned;

        public int Abandoned => Volatile.Read(ref _abandoned);

        public async Task SendAsync(OutboundMail mail, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sends) == 1)
            {
                throw new SmtpException("Failure sending mail.", new SocketException((int)SocketError.ConnectionRefused));
            }

            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref _abandoned);
            }
        }
    }

    [Fact]
    public async Task Exposure_RecipientRefusedByServer_CountsAttemptsAndIsGivenUpAfterMaxAttempts()
    {
        // Not an outage: the server answers and refuses this message, so its attempts count and it is given up.
        await using var server = new ScriptedSmtpServer("220 scripted ESMTP", static line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase) ? "550 5.1.1 No such user" : "250 OK");
        var settings = CheckInSilos.Settings(server.Port);
        settings["Smtp:MaxAttempts"] = "3";
        await using var silo = await CheckInSilos.StartAsync(settings);
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        await silo.CheckInVisitorsAsync(venue, 2, "refused");
        silo.Time.Advance(TimeSpan.FromHours(1));

        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer");
        await silo.Time.AdvanceUntilAsync(
            TimeSpan.FromSeconds(5),
            async () => (await silo.ProgressAsync(receipt.ExposureId)).Pending == 0,
            "both warnings are given up");

        var progress = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((2, 0, 2, 0, 6), (progress.Recipients, progress.Sent, progress.Failed, progress.Pending, progress.FailedAttempts));
    }

    [Fact]
    public async Task Exposure_ReportReturned_RecipientsAndOutboxesAlreadyInTheDatabase()
    {
        var settings = CheckInSilos.Settings();
        settings["CheckIn:OutboxChunkSize"] = "10";
        await using var silo = await CheckInSilos.StartAsync(settings, o => o.Storage = TestStorage.Sqlite);
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        await silo.CheckInVisitorsAsync(venue, 25, "durable");
        silo.Time.Advance(TimeSpan.FromHours(1));

        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer");

        // Straight from the database, before anything else runs: three outboxes holding the 25 recipients.
        var queued = 0;
        for (var i = 0; i < 3; i++)
        {
            var stored = await silo.StoredJsonAsync("outbox", silo.GrainFactory.GetGrain<IMailOutboxGrain>($"{receipt.ExposureId}/{i}"));
            Assert.NotNull(stored);
            queued += stored.Value.GetProperty("Visitors").GetArrayLength();
        }

        Assert.Equal(25, queued);
        await silo.RestartAsync();
        var progress = await silo.ProgressAsync(receipt.ExposureId);
        Assert.Equal((25, 0, 25, ExposureStatus.Sending), (progress.Recipients, progress.Sent, progress.Pending, progress.Status));
    }

    [Fact]
    public async Task Exposure_FanOutInterruptedThenSiloRestarts_ReminderFinishesItOnceForEveryVisitor()
    {
        var settings = CheckInSilos.Settings(smtp.Server.Port);
        settings["CheckIn:OutboxChunkSize"] = "10";
        FailingOnceStorage? failing = null;
        // State must survive the restart below: SQLite, not Orleans' memory storage (which lives in the silo).
        await using var silo = await CheckInSilos.StartAsync(settings, o => o.Storage = TestStorage.Sqlite, services: s => s.WrapGrainStorage(inner =>
        {
            // The third outbox's first write fails: the report dies after two outboxes were written. The restarted
            // silo gets its storage as it is (the failure happened once).
            if (failing is not null)
            {
                return inner;
            }

            failing = new FailingOnceStorage(inner, static (state, id) => state == "outbox" && id.Key.ToString()!.EndsWith("/2", StringComparison.Ordinal));
            return failing;
        }));
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        var visitors = await silo.CheckInVisitorsAsync(venue, 30, "resume");
        silo.Time.Advance(TimeSpan.FromHours(1));

        // Orleans reports a storage failure to the caller as an OrleansException around the provider's own error.
        var failure = await Assert.ThrowsAsync<OrleansException>(() => Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer"));
        Assert.IsType<IOException>(failure.InnerException);
        Assert.True(failing!.HasFailed);
        var exposureId = Assert.Single(await Venue(silo, venue).ListExposures()).ExposureId;
        Assert.Equal(ExposureStatus.Selecting, (await silo.ProgressAsync(exposureId)).Status);

        // Nobody repeats the report: after the restart the exposure's reminder finishes the fan-out on its own.
        await silo.RestartAsync();
        await silo.SendsAsync(exposureId, 30, TimeSpan.FromSeconds(10));

        smtp.Server.AssertExactlyOneWarningEach(visitors, []);
        var progress = await silo.ProgressAsync(exposureId);
        Assert.Equal((30, 30, 0), (progress.Recipients, progress.Sent, progress.Pending));
    }

    [Fact]
    public async Task CheckIn_ContactWriteFailsOnce_RetryStoresContactAndVisitorIsWarned()
    {
        // The contact and the visitor record are written together after the visit; when only the contact fails, the
        // visitor's record must not claim a stored contact, so the client's retry stores it.
        // SQLite, and a restart before the report: the warning must come from what was stored.
        var settings = CheckInSilos.Settings(smtp.Server.Port);
        FailingOnceStorage? failing = null;
        await using var silo = await CheckInSilos.StartAsync(settings, o => o.Storage = TestStorage.Sqlite, services: s => s.WrapGrainStorage(inner =>
            failing is not null ? inner : failing = new FailingOnceStorage(inner, static (state, _) => state == "contact")));
        var t0 = silo.Time.GetUtcNow();
        var venue = await silo.RegisterVenueAsync();
        var visitor = CheckInSilos.NewEmail("retry");

        var failure = await Assert.ThrowsAsync<OrleansException>(() => silo.CheckInAsync(venue.Code, visitor));
        Assert.IsType<IOException>(failure.InnerException);
        Assert.True(failing!.HasFailed);
        var retried = await silo.CheckInAsync(venue.Code, visitor);
        Assert.Equal(venue.VenueId, retried.VenueId);
        await silo.RestartAsync();
        silo.Time.Advance(TimeSpan.FromHours(1));
        var receipt = await Venue(silo, venue).ReportExposure(t0, t0.AddMinutes(1), "officer");

        Assert.Equal(1, receipt.Recipients);
        await silo.SendsAsync(receipt.ExposureId, 1);
        smtp.Server.AssertExactlyOneWarningEach([visitor], []);
    }

    private static IVenueGrain Venue(TestSilo silo, VenueInfo venue) => silo.GrainFactory.GetGrain<IVenueGrain>(venue.VenueId);

    /// <summary>Moves the clock on by <paramref name="span"/> in small steps, letting the silo run in between.</summary>
    private static async Task DriveAsync(TestSilo silo, TimeSpan span)
    {
        var until = silo.Time.GetUtcNow() + span;
        await silo.Time.AdvanceUntilAsync(s_minute / 6, () => silo.Time.GetUtcNow() >= until, $"{span} passed");
    }
}
