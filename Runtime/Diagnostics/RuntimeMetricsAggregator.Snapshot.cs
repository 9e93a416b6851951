namespace CheckIn.Runtime.Diagnostics;

/// <summary>The reporting side: turns the ring of samples into a <see cref="RuntimeMetricsSnapshot"/>.</summary>
public sealed partial class RuntimeMetricsAggregator
{
    private RuntimeMetricsSnapshot SnapshotLocked()
    {
        var capturedAt = _time.GetUtcNow();
        var latest = (int)((Math.Max(_samples, 1) - 1) % _ringSize);
        var back = (int)Math.Min(_options.WindowSamples, Math.Max(_samples - 1, 0));
        var baseline = (int)((Math.Max(_samples, 1) - 1 - back) % _ringSize);
        var seconds = back == 0 ? 0 : _time.GetElapsedTime(_sampleTimestamps[baseline], _sampleTimestamps[latest]).TotalSeconds;

        double Rate(long delta) => seconds > 0 ? delta / seconds : 0;

        var methods = new List<GrainMethodMetrics>(_methods.Count);
        var callsPerType = new Dictionary<string, double>(StringComparer.Ordinal);
        long totalCalls = 0;
        double callsPerSecond = 0;
        foreach (var ((type, method), counters) in _methods)
        {
            var rate = Rate(counters.Delta(MethodCounter.Calls, latest, baseline));
            var calls = counters.Total(MethodCounter.Calls);
            totalCalls += calls;
            callsPerSecond += rate;
            callsPerType[type] = callsPerType.GetValueOrDefault(type) + rate;
            methods.Add(new GrainMethodMetrics(
                type,
                method,
                calls,
                counters.Total(MethodCounter.Errors),
                rate,
                counters.Quantile(0.50, latest, baseline),
                counters.Quantile(0.99, latest, baseline)));
        }

        methods.Sort(static (a, b) => (string.CompareOrdinal(a.GrainType, b.GrainType), string.CompareOrdinal(a.Method, b.Method)) switch
        {
            (0, var m) => m,
            (var t, _) => t,
        });

        var types = new List<GrainTypeMetrics>();
        long activations = 0;
        long rejected = 0;
        long timedOut = 0;
        foreach (var name in _types.Keys.Union(callsPerType.Keys).Order(StringComparer.Ordinal))
        {
            var counters = _types.GetValueOrDefault(name);
            var live = Math.Max(0, counters?.Total(TypeCounter.Activations) ?? 0);
            var typeRejected = counters?.Total(TypeCounter.Rejected) ?? 0;
            var typeTimedOut = counters?.Total(TypeCounter.TimedOut) ?? 0;
            activations += live;
            rejected += typeRejected;
            timedOut += typeTimedOut;
            types.Add(new GrainTypeMetrics(name, live, callsPerType.GetValueOrDefault(name), typeRejected, typeTimedOut));
        }

        var storage = new List<StorageMetrics>();
        foreach (var (provider, counters) in _storage.OrderBy(static s => s.Key, StringComparer.Ordinal))
        {
            var commits = counters.Delta(StorageCounter.Commits, latest, baseline);
            var writes = counters.Delta(StorageCounter.Writes, latest, baseline);
            storage.Add(new StorageMetrics(
                provider,
                counters.Total(StorageCounter.Commits),
                counters.Total(StorageCounter.Writes),
                counters.Total(StorageCounter.Failed),
                Rate(commits),
                Rate(writes),
                commits > 0 ? (double)writes / commits : null,
                counters.Total(StorageCounter.MaxBatch),
                counters.Quantile(0.50, latest, baseline),
                counters.Quantile(0.99, latest, baseline)));
        }

        var historyCount = (int)Math.Min(_historyCount, _history.Length);
        var history = new double[historyCount];
        for (var i = 0; i < historyCount; i++)
        {
            history[i] = _history[(_historyCount - historyCount + i) % _history.Length];
        }

        return new RuntimeMetricsSnapshot(
            capturedAt,
            TimeSpan.FromSeconds(seconds),
            activations,
            totalCalls,
            callsPerSecond,
            rejected,
            timedOut,
            types,
            methods,
            storage,
            history);
    }
}
