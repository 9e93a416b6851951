using BenchmarkDotNet.Attributes;
using CheckIn.Grains.CheckIn;
using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using Microsoft.Extensions.Options;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>The send rate of warning mails to a local SMTP server (aiosmtpd writing a Maildir), rate limit out of
/// the way, by SMTP connections and by the outbox's batch size (mails sent per durable progress write). Outbox: a new exposure of a venue with <see cref="Mails"/> visitors, from the report until every outbox
/// has recorded every mail as sent (contact read, address decrypted, mail composed and sent, outcome written
/// durably to SQLite). Baseline: the same number of messages straight through <see cref="SmtpMailTransport"/> with
/// the same number of connections, no grains and no storage: the ceiling of SmtpClient and the server.</summary>
/// <remarks>Not sealed: BenchmarkDotNet's toolchains may derive from the benchmark type.</remarks>
[Config(typeof(WarningMailConfig))]
public class WarningMailRateBenchmark
{
    /// <summary>Mails per invocation.</summary>
    public const int Mails = 1000;
    private SmtpTestServer? _smtp;
    private CheckInBenchmarkHost? _host;
    private SmtpMailTransport? _transport;
    private VenueInfo? _venue;
    private DateTimeOffset _windowStart;
    private DateTimeOffset _windowEnd;
    private int _reports;
    private int _sent;

    [Params(4, 16)]
    public int Connections { get; set; }

    [Params(8, 32)]
    public int SendBatchSize { get; set; }

    // Synchronous on purpose: BenchmarkDotNet 0.14's in-process toolchain does not await async setup methods.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task TransportOnly()
    {
        var next = 0;
        return Task.WhenAll(Enumerable.Range(0, Connections).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= Mails)
            {
                var to = $"direct{Interlocked.Increment(ref _sent)}@example.jp";
                var mail = new OutboundMail(to, "【重要】 / Important", "本文 / body", $"<{Guid.NewGuid():N}@checkin.bench>", new Dictionary<string, string>());
                await _transport!.SendAsync(mail, CancellationToken.None);
            }
        }));
    }

    [Benchmark]
    public async Task Outbox()
    {
        var from = _windowStart - TimeSpan.FromMilliseconds(++_reports);
        var receipt = await _host!.Grains.GetGrain<IVenueGrain>(_venue!.VenueId).ReportExposure(from, _windowEnd, "benchmark");
        var exposure = _host.Grains.GetGrain<IExposureGrain>(receipt.ExposureId);
        while (true)
        {
            var progress = await exposure.GetProgress();
            if (progress.Sent == Mails)
            {
                return;
            }

            if (progress.Failed > 0 || progress.FailedAttempts > 0)
            {
                throw new InvalidOperationException($"Sends failed: {progress}");
            }

            await Task.Delay(5);
        }
    }

    private async Task SetupAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        var settings = CheckInBenchmarkHost.DefaultSettings();
        settings["Smtp:Enabled"] = "true";
        settings["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Smtp:MaxConnections"] = Connections.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Smtp:SendBatchSize"] = SendBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Two outboxes, as a larger exposure would have many: each sends one batch at a time.
        settings["CheckIn:OutboxChunkSize"] = (Mails / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _host = await CheckInBenchmarkHost.StartAsync(BenchmarkStorage.Sqlite, settings);
        _windowStart = DateTimeOffset.UtcNow.AddMinutes(-1);
        _venue = await _host.SeedVenueAsync(Mails);
        _windowEnd = DateTimeOffset.UtcNow.AddMinutes(1);
        _transport = new SmtpMailTransport(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = _smtp.Port,
            MaxConnections = Connections,
            FromAddress = "no-reply@checkin.bench",
        }), TimeProvider.System);
    }

    private async Task CleanupAsync()
    {
        _transport?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_smtp is not null)
        {
            Console.WriteLine($"// the SMTP server received {_smtp.DeliveredCount:N0} messages");
            await _smtp.DisposeAsync();
        }
    }
}
