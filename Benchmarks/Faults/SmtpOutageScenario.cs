using System.Diagnostics;
using System.Globalization;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The SMTP server down during an exposure fan-out: a silo as the silo host runs one (SQLite, system clock)
/// sends the warnings of one exposure to aiosmtpd; once enough arrived, the server is killed, kept down, and started
/// again on the same port and Maildir. The run ends when the outboxes report every warning sent or given up (or at
/// the deadline); then every message in the Maildir is counted per recipient. Delivery times are the files' times.</summary>
internal static class SmtpOutageScenario
{
    private static readonly TimeSpan s_faultDeadline = TimeSpan.FromSeconds(120);

    public static async Task<SmtpOutageResult> RunAsync(SmtpOutageSettings settings, TextWriter log)
    {
        settings.Validate();
        var clock = Stopwatch.StartNew();
        await using var smtp = await SmtpTestServer.StartAsync();
        var config = CheckInBenchmarkHost.DefaultSettings();
        config["Smtp:Enabled"] = "true";
        config["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        config["Smtp:MaxConnections"] = settings.Connections.ToString(CultureInfo.InvariantCulture);
        config["Smtp:MaxSendsPerSecond"] = settings.SendsPerSecond.ToString(CultureInfo.InvariantCulture);
        await using var host = await CheckInBenchmarkHost.StartAsync(BenchmarkStorage.Sqlite, config);

        var windowStart = DateTimeOffset.UtcNow.AddMinutes(-1);
        var venue = await host.SeedVenueAsync(settings.Visitors);
        var windowEnd = DateTimeOffset.UtcNow.AddMinutes(1);
        var reportedAt = DateTimeOffset.UtcNow;
        var receipt = await host.Grains.GetGrain<IVenueGrain>(venue.VenueId).ReportExposure(windowStart, windowEnd, "faults");
        var exposure = host.Grains.GetGrain<IExposureGrain>(receipt.ExposureId);
        log.WriteLine($"  {settings.Visitors:N0} visitors checked in after {clock.Elapsed.TotalSeconds:0.0} s; exposure {receipt.ExposureId}: {receipt.Recipients:N0} warnings queued in {(DateTimeOffset.UtcNow - reportedAt).TotalMilliseconds:0} ms");

        await WaitUntilAsync(() => Task.FromResult(smtp.DeliveredCount >= settings.DeliveredBeforeFault), s_faultDeadline, $"{settings.DeliveredBeforeFault} warnings delivered");
        var faultAt = DateTimeOffset.UtcNow;
        await smtp.StopAsync();
        var deliveredAtFault = smtp.DeliveredCount;
        log.WriteLine($"  SMTP server killed {(faultAt - reportedAt).TotalSeconds:0.0} s after the report, {deliveredAtFault:N0} delivered; down for {settings.Downtime.TotalSeconds:0.#} s");

        // The outage itself: a fixed length is the fault being measured, not a wait for a condition.
        await Task.Delay(settings.Downtime);
        var duringOutage = await exposure.GetProgress();
        var restartAt = DateTimeOffset.UtcNow;
        await smtp.RestartAsync();
        var backAt = DateTimeOffset.UtcNow;
        log.WriteLine($"  SMTP server greeting again {(backAt - restartAt).TotalSeconds:0.00} s after the restart; during the outage: {duringOutage.FailedAttempts:N0} failed attempts, {duringOutage.Failed:N0} given up");

        var finished = await WaitUntilAsync(
            async () => await exposure.GetProgress() is { } p && p.Pending == 0,
            settings.Deadline,
            "every warning sent or given up",
            throwOnTimeout: false);
        var progress = await exposure.GetProgress();
        log.WriteLine($"  outboxes {(finished ? "done" : "NOT done at the deadline")} {(DateTimeOffset.UtcNow - backAt).TotalSeconds:0.0} s after the server was back: {progress.Sent:N0} sent, {progress.Failed:N0} failed, {progress.Pending:N0} pending, {progress.FailedAttempts:N0} failed attempts");

        var expected = Enumerable.Range(0, settings.Visitors).Select(i => $"visitor{i}.{venue.VenueId}@example.jp");
        var tally = MaildirTally.Read(smtp.DeliveredFiles, expected);
        var afterRestart = tally.DeliveryTimes.Where(t => t > faultAt).ToList();
        var result = new SmtpOutageResult
        {
            Parameters = settings.Describe(),
            Warnings = receipt.Recipients,
            Delivered = tally.Delivered,
            Duplicates = tally.Duplicates,
            OtherMessages = tally.OtherMessages,
            WithoutMessageId = tally.WithoutMessageId,
            MaxResentCopies = settings.Connections,
            Missing = tally.Missing,
            Failed = progress.Failed,
            FailedAttempts = progress.FailedAttempts,
            DeliveredAtFault = deliveredAtFault,
            Outage = restartAt - faultAt,
            ServerStart = backAt - restartAt,
            FirstDeliveryAfterRestart = afterRestart.Count == 0 ? null : afterRestart.Min() - restartAt,
            AllDeliveredAfterRestart = afterRestart.Count == 0 ? null : afterRestart.Max() - restartAt,
            FaultAt = faultAt - reportedAt,
        };
        if (tally.WithoutMessageId > 0)
        {
            result.Notes.Add($"{tally.WithoutMessageId} messages without a Message-ID");
        }

        if (tally.Unexpected > 0)
        {
            result.Notes.Add($"{tally.Unexpected} messages to addresses not among the visitors");
        }

        if (!finished)
        {
            result.Notes.Add($"not every warning sent or given up {settings.Deadline.TotalSeconds:0} s after the server was back ({progress.Pending:N0} pending)");
        }

        result.Notes.Add($"run took {clock.Elapsed.TotalSeconds:0} s");
        return result;
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what, bool throwOnTimeout = true)
    {
        var until = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                return throwOnTimeout ? throw new TimeoutException($"Timed out after {deadline.TotalSeconds:0} s waiting until {what}.") : false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
