using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

/// <summary>The meter is process-wide: these tests share one collection so that they do not count each other's calls.</summary>
[Collection(nameof(RuntimeMetricsTests))]
public sealed class RuntimeMetricsTests
{
    [Fact]
    public async Task GrainCalls_RecordCountLatencyAndActivationsByGrainTypeAndMethod()
    {
        using var listener = new RecordingListener();
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("metrics");
        var grain = silo.GrainFactory.GetGrain<IMeteredGrain>(key);

        await grain.Add(1);
        await grain.Add(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("x"));

        Assert.Equal(2, listener.Sum("checkin.grain.calls", ("grain.type", nameof(MeteredGrain)), ("grain.method", "Add"), ("outcome", "ok")));
        Assert.Equal(1, listener.Sum("checkin.grain.calls", ("grain.type", nameof(MeteredGrain)), ("grain.method", "Fail"), ("outcome", "error")));
        Assert.Equal(3, listener.Count("checkin.grain.call.duration", ("grain.type", nameof(MeteredGrain))));
        Assert.True(listener.Sum("checkin.grain.activations", ("grain.type", nameof(MeteredGrain))) >= 1);
    }

    [Fact]
    public async Task RejectedCall_IsCountedByGrainType()
    {
        using var listener = new RecordingListener();
        await using var silo = await TestSilos.StartAsync(o => o.ConfigureSilo = s => s.MaxQueueLength = 1);
        var grain = silo.GrainFactory.GetGrain<IMeteredGrain>(Signals.NewName("metrics"));
        var gate = Signals.NewName("gate");
        var running = grain.WaitFor(gate);
        await silo.SettledWithAsync(grain, messages: 1);
        var queued = grain.Add(1);

        await Assert.ThrowsAsync<GrainOverloadedException>(() => grain.Add(1));

        Assert.Equal(1, listener.Sum("checkin.grain.calls.rejected", ("grain.type", nameof(MeteredGrain))));
        Signals.Open(gate);
        await Task.WhenAll(running, queued);
    }

    /// <summary>Collects measurements of the runtime's meter with their tags.</summary>
    private sealed class RecordingListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

        public RecordingListener()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "CheckIn.Runtime")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((i, v, t, _) => _measurements.Enqueue((i.Name, v, t.ToArray())));
            _listener.SetMeasurementEventCallback<int>((i, v, t, _) => _measurements.Enqueue((i.Name, v, t.ToArray())));
            _listener.SetMeasurementEventCallback<double>((i, v, t, _) => _measurements.Enqueue((i.Name, v, t.ToArray())));
            _listener.Start();
        }

        public double Sum(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Sum(m => m.Value);

        public int Count(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Count();

        public void Dispose() => _listener.Dispose();

        private IEnumerable<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Matching(string instrument, (string Key, string Value)[] tags)
            => _measurements.Where(m => m.Instrument == instrument
                && tags.All(t => m.Tags.Any(x => x.Key == t.Key && Equals(x.Value, t.Value))));
    }
}
