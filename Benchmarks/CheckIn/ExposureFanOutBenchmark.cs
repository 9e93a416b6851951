using BenchmarkDotNet.Attributes;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>The exposure fan-out goal (DESIGN.md: 50,000 visitors of one venue warned, mail queued durably, in under
/// 2 s): one venue with 50,000 check-ins in the window; each invocation reports a new window (a millisecond wider
/// than the last, so it is a new exposure) and returns when every warning is durably queued. Warm: the visits are
/// in memory, as right after a busy evening. Cold: the silo was restarted before the report, so the day bucket
/// and its segments load from the database first. Mail sending is off; the queued mails stay in the outboxes.</summary>
/// <remarks>Not sealed: BenchmarkDotNet's toolchains may derive from the benchmark type.</remarks>
[Config(typeof(ExposureFanOutConfig))]
public class ExposureFanOutBenchmark
{
    private CheckInBenchmarkHost? _host;
    private VenueInfo? _venue;
    private DateTimeOffset _windowStart;
    private DateTimeOffset _windowEnd;
    private int _reports;

    [Params(BenchmarkStorage.Sqlite, BenchmarkStorage.Postgres)]
    public BenchmarkStorage Storage { get; set; }

    [Params(false, true)]
    public bool Cold { get; set; }

    /// <summary>Visits in the window, hence warnings per report.</summary>
    public const int Visitors = 50_000;

    // Synchronous on purpose: BenchmarkDotNet 0.14's in-process toolchain does not await async setup methods.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void BeforeReport()
    {
        if (Cold)
        {
            _host!.RestartAsync().GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public async Task<int> ReportExposure()
    {
        var from = _windowStart - TimeSpan.FromMilliseconds(++_reports);
        var receipt = await _host!.Grains.GetGrain<IVenueGrain>(_venue!.VenueId).ReportExposure(from, _windowEnd, "benchmark");
        return receipt.Recipients == Visitors && receipt.IsNew
            ? receipt.Recipients
            : throw new InvalidOperationException($"Expected {Visitors} new recipients, got {receipt.Recipients} (new: {receipt.IsNew}).");
    }

    private async Task SetupAsync()
    {
        _host = await CheckInBenchmarkHost.StartAsync(Storage, CheckInBenchmarkHost.DefaultSettings());
        _windowStart = DateTimeOffset.UtcNow.AddMinutes(-1);
        _venue = await _host.SeedVenueAsync(Visitors);
        _windowEnd = DateTimeOffset.UtcNow.AddMinutes(1);
    }
}
