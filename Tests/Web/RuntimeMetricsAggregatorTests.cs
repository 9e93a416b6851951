using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Web.Grains;

namespace CheckIn.Tests.Web;

/// <summary>The dashboard's aggregator over the runtime's meter. The meter is process-wide, so these tests
/// read only the figures of their own grain type.</summary>
public sealed class RuntimeMetricsAggregatorTests
{
    [Fact]
    public async Task Aggregator_GrainCalls_ReportsRateErrorsPercentilesAndActivationsForTheType()
    {
        var clock = new ManualTimeProvider();
        using var aggregator = new RuntimeMetricsAggregator(clock);
        aggregator.Start();
        await using var silo = await TestSilos.StartAsync(o => o.Time = clock);
        var grain = silo.GrainFactory.GetGrain<IAggregatorProbeGrain>(Signals.NewName("probe"));

        for (var i = 0; i < 20; i++)
        {
            await grain.Echo(i);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(grain.Fail);
        clock.Advance(TimeSpan.FromSeconds(2));
        aggregator.SampleNow();
        var snapshot = aggregator.Snapshot();

        var echo = Assert.Single(snapshot.Methods, m => m.GrainType == nameof(AggregatorProbeGrain) && m.Method == "Echo");
        Assert.Equal(20, echo.Calls);
        Assert.Equal(10.0, echo.CallsPerSecond, precision: 6);
        Assert.NotNull(echo.P50Milliseconds);
        Assert.NotNull(echo.P99Milliseconds);
        var fail = Assert.Single(snapshot.Methods, m => m.GrainType == nameof(AggregatorProbeGrain) && m.Method == "Fail");
        Assert.Equal(1, fail.Errors);
        var type = Assert.Single(snapshot.GrainTypes, t => t.GrainType == nameof(AggregatorProbeGrain));
        Assert.True(type.Activations >= 1);
        Assert.Equal(TimeSpan.FromSeconds(2), snapshot.Window);
    }

    [Fact]
    public void Aggregator_NotStarted_ReportsNothing()
    {
        using var aggregator = new RuntimeMetricsAggregator(new ManualTimeProvider());

        var snapshot = aggregator.Snapshot();

        Assert.Empty(snapshot.Methods);
        Assert.Equal(0, snapshot.TotalCalls);
    }

    [Theory]
    [InlineData(0.0004)]
    [InlineData(0.02)]
    [InlineData(1.5)]
    [InlineData(47.0)]
    [InlineData(2500.0)]
    public void LatencyBuckets_Quantile_IsWithinTheBucketsResolution(double milliseconds)
    {
        var counts = new long[LatencyBuckets.Count];
        counts[LatencyBuckets.IndexOf(milliseconds)] = 10;

        var median = LatencyBuckets.Quantile(counts, 0.5)!.Value;

        Assert.InRange(median, milliseconds * 0.87, Math.Max(milliseconds * 1.13, 0.001));
    }

    [Fact]
    public void LatencyBuckets_Quantiles_SeparateFastAndSlowCalls()
    {
        var counts = new long[LatencyBuckets.Count];
        counts[LatencyBuckets.IndexOf(1.0)] = 98;
        counts[LatencyBuckets.IndexOf(100.0)] = 2;

        Assert.InRange(LatencyBuckets.Quantile(counts, 0.5)!.Value, 0.87, 1.13);
        Assert.InRange(LatencyBuckets.Quantile(counts, 0.99)!.Value, 87, 113);
        Assert.Null(LatencyBuckets.Quantile(new long[LatencyBuckets.Count], 0.5));
    }
}
