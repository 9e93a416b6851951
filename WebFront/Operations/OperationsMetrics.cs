using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CheckIn.WebFront.Operations;

/// <summary>Listens with a <see cref="MeterListener"/> to Orleans' meter (<c>Microsoft.Orleans</c>, only the one this
/// host's <see cref="IMeterFactory"/> created, so that several hosts in one process never mix their figures) and to
/// the project's storage meter, and keeps what the operations views show: calls sent and their latency
/// percentiles, rejected, load-shed and timed-out calls, and group-commit figures per storage provider. A timer
/// copies the counters into a small ring each sample interval; rates and percentiles are differences across the
/// ring. Orleans' per-grain-type activations come from its management grain instead (<see cref="ManagementGrainClusterSilos"/>).</summary>
internal sealed partial class OperationsMetrics : IDisposable
{
    private readonly TimeProvider _time;
    private readonly object? _orleansMeterScope;
    private readonly MeterListener _listener = new();
    private readonly WindowedCounters _calls;
    private readonly ConcurrentDictionary<string, WindowedCounters> _storage = new(StringComparer.Ordinal);
    private readonly long[] _sampleTimestamps;
    private readonly double[] _history;
    private readonly Lock _gate = new();
    private readonly int _ringSize;
    private readonly int _windowSamples;
    private readonly TimeSpan _sampleInterval;
    private long _samples;
    private long _historyCount;
    private ITimer? _timer;
    private bool _started;
    private bool _disposed;

    /// <summary>Creates the aggregator; nothing is recorded until <see cref="Start"/>.</summary>
    /// <param name="time">The clock for rates.</param>
    /// <param name="orleansMeterScope">The <see cref="IMeterFactory"/> whose <c>Microsoft.Orleans</c> meter is read.</param>
    /// <param name="sampleInterval">Time between samples.</param>
    /// <param name="windowSamples">Rates and percentiles cover this many sample intervals.</param>
    /// <param name="historyLength">How many per-interval call rates are kept for a chart.</param>
    public OperationsMetrics(TimeProvider time, object? orleansMeterScope, TimeSpan? sampleInterval = null, int windowSamples = 5, int historyLength = 60)
    {
        ArgumentNullException.ThrowIfNull(time);
        _sampleInterval = sampleInterval ?? TimeSpan.FromSeconds(1);
        if (_sampleInterval <= TimeSpan.Zero || windowSamples < 1 || historyLength < 1)
        {
            throw new ArgumentException("The sample interval must be positive and the window and history at least 1.");
        }

        _time = time;
        _orleansMeterScope = orleansMeterScope;
        _windowSamples = windowSamples;
        _ringSize = windowSamples + 1;
        _calls = new WindowedCounters(CallCounter.Count, histogram: true, _ringSize);
        _sampleTimestamps = new long[_ringSize];
        _history = new double[historyLength];
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.SetMeasurementEventCallback<int>(OnMeasurement);
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
    }

    /// <summary>Starts listening and sampling. Calling it again does nothing.</summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                return;
            }

            _started = true;
            _listener.Start();
            SampleLocked();
            _timer = _time.CreateTimer(static s => ((OperationsMetrics)s!).Tick(), this, _sampleInterval, _sampleInterval);
        }
    }

    /// <summary>Takes a sample now instead of waiting for the timer (tests).</summary>
    public void SampleNow()
    {
        lock (_gate)
        {
            if (_started && !_disposed)
            {
                SampleLocked();
            }
        }
    }

    /// <summary>Totals as of now; rates and percentiles as of the latest sample.</summary>
    public ProcessMetrics Snapshot(IReadOnlyList<string> notes)
    {
        lock (_gate)
        {
            return SnapshotLocked(notes);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            _listener.Dispose();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                SampleLocked();
            }
        }
    }

    private void SampleLocked()
    {
        var slot = (int)(_samples % _ringSize);
        var now = _time.GetTimestamp();
        _calls.Sample(slot);
        foreach (var counters in _storage.Values)
        {
            counters.Sample(slot);
        }

        if (_samples > 0)
        {
            var previous = (int)((_samples - 1) % _ringSize);
            var seconds = _time.GetElapsedTime(_sampleTimestamps[previous], now).TotalSeconds;
            var calls = _calls.Delta(CallCounter.Calls, slot, previous);
            _history[_historyCount % _history.Length] = seconds > 0 ? calls / seconds : 0;
            _historyCount++;
        }

        _sampleTimestamps[slot] = now;
        _samples++;
    }

    private ProcessMetrics SnapshotLocked(IReadOnlyList<string> notes)
    {
        var latest = (int)((Math.Max(_samples, 1) - 1) % _ringSize);
        var back = (int)Math.Min(_windowSamples, Math.Max(_samples - 1, 0));
        var baseline = (int)((Math.Max(_samples, 1) - 1 - back) % _ringSize);
        var seconds = back == 0 ? 0 : _time.GetElapsedTime(_sampleTimestamps[baseline], _sampleTimestamps[latest]).TotalSeconds;

        double Rate(long delta) => seconds > 0 ? delta / seconds : 0;

        var storage = new List<StorageCommitMetrics>();
        foreach (var (provider, counters) in _storage.OrderBy(static s => s.Key, StringComparer.Ordinal))
        {
            var commits = counters.Delta(StorageCounter.Commits, latest, baseline);
            var writes = counters.Delta(StorageCounter.Writes, latest, baseline);
            storage.Add(new StorageCommitMetrics(
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

        return new ProcessMetrics(
            _time.GetUtcNow(),
            TimeSpan.FromSeconds(seconds),
            _calls.Total(CallCounter.Calls),
            Rate(_calls.Delta(CallCounter.Calls, latest, baseline)),
            _calls.Quantile(0.50, latest, baseline),
            _calls.Quantile(0.99, latest, baseline),
            _calls.Total(CallCounter.Rejected),
            _calls.Total(CallCounter.LoadShed),
            _calls.Total(CallCounter.TimedOut),
            storage,
            history,
            notes);
    }
}
