using System.Diagnostics.Metrics;
using CheckIn.Silo.Storage;
using CheckIn.Testing;
using CheckIn.WebFront.Operations;

namespace CheckIn.Tests.Web;

/// <summary>The operations figures over Orleans' meter and the storage meter, fed by instruments of the same names and
/// shapes as Orleans 10.4.2's.</summary>
public sealed class OperationsMetricsTests
{
    [Fact]
    public void Metrics_OrleansInstrumentsOfThisHost_ReportRateLatencyRejectionsAndTimeouts()
    {
        var scope = new object();
        var clock = new ManualTimeProvider();
        using var meter = new Meter(new MeterOptions(OperationsMetrics.OrleansMeterName) { Scope = scope });
        var latency = meter.CreateHistogram<long>("orleans-app-requests-latency");
        var rejected = meter.CreateCounter<int>("orleans-messaging-rejected");
        var timedOut = meter.CreateCounter<long>("orleans-app-requests-timedout");
        using var metrics = new OperationsMetrics(clock, scope, sampleInterval: TimeSpan.FromHours(1));
        metrics.Start();

        for (var i = 0; i < 98; i++)
        {
            latency.Record(1);
        }

        latency.Record(100);
        latency.Record(100);
        rejected.Add(3, new KeyValuePair<string, object?>("Direction", "Request"));
        timedOut.Add(1, new KeyValuePair<string, object?>("grain_type", "TenantGrain"));
        clock.Advance(TimeSpan.FromSeconds(2));
        metrics.SampleNow();
        var snapshot = metrics.Snapshot([]);

        Assert.Equal(100, snapshot.TotalCalls);
        Assert.Equal(50.0, snapshot.CallsPerSecond, precision: 6);
        Assert.InRange(snapshot.P50Milliseconds!.Value, 0.87, 1.13);
        Assert.InRange(snapshot.P99Milliseconds!.Value, 87, 113);
        Assert.Equal(3, snapshot.RejectedCalls);
        Assert.Equal(1, snapshot.TimedOutCalls);
        Assert.Equal(TimeSpan.FromSeconds(2), snapshot.Window);
        Assert.Equal([50.0], snapshot.CallsPerSecondHistory);
    }

    [Fact]
    public void Metrics_OrleansMeterOfAnotherHost_IsIgnored()
    {
        using var other = new Meter(new MeterOptions(OperationsMetrics.OrleansMeterName) { Scope = new object() });
        var rejected = other.CreateCounter<int>("orleans-messaging-rejected");
        using var metrics = new OperationsMetrics(new ManualTimeProvider(), new object());
        metrics.Start();

        rejected.Add(5);

        Assert.Equal(0, metrics.Snapshot([]).RejectedCalls);
    }

    [Fact]
    public void Metrics_StorageMeter_ReportsCommitsBatchSizesAndLatencyPerProvider()
    {
        var clock = new ManualTimeProvider();
        using var meter = new Meter(OperationsMetrics.StorageMeterName);
        var batch = meter.CreateHistogram<int>("checkin.storage.batch.size");
        var duration = meter.CreateHistogram<double>("checkin.storage.commit.duration");
        var provider = new KeyValuePair<string, object?>("storage.provider", $"probe-{Guid.NewGuid():N}");
        using var metrics = new OperationsMetrics(clock, new object(), sampleInterval: TimeSpan.FromHours(1));
        metrics.Start();

        batch.Record(10, provider);
        batch.Record(30, provider);
        duration.Record(2.0, provider);
        duration.Record(2.0, provider);
        clock.Advance(TimeSpan.FromSeconds(1));
        metrics.SampleNow();

        var storage = Assert.Single(metrics.Snapshot([]).Storage, s => s.Provider == (string)provider.Value!);
        Assert.Equal(2, storage.Commits);
        Assert.Equal(40, storage.Writes);
        Assert.Equal(30, storage.MaxBatchSize);
        Assert.Equal(20.0, storage.MeanBatchSize);
        Assert.InRange(storage.P50CommitMilliseconds!.Value, 1.75, 2.25);
    }

    [Fact]
    public void StorageMeterName_IsTheOneTheStorageProvidersUse()
        => Assert.Equal(StorageMetrics.MeterName, OperationsMetrics.StorageMeterName);

    [Theory]
    [InlineData(0.0004)]
    [InlineData(1.5)]
    [InlineData(2500.0)]
    public void LatencyBuckets_Quantile_IsWithinTheBucketsResolution(double milliseconds)
    {
        var counts = new long[LatencyBuckets.Count];
        counts[LatencyBuckets.IndexOf(milliseconds)] = 10;

        var median = LatencyBuckets.Quantile(counts, 0.5)!.Value;

        Assert.InRange(median, milliseconds * 0.87, Math.Max(milliseconds * 1.13, 0.001));
    }
}
