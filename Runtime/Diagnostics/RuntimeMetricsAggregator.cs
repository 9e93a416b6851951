using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>Listens to the runtime's meter (<c>CheckIn.Runtime</c>) with a <see cref="MeterListener"/> and
/// keeps what a dashboard shows: live activations per grain type, calls per second and latency percentiles
/// per grain method, rejected and timed-out calls, and group-commit figures per storage provider.
/// Recording is a dictionary lookup and an interlocked add per measurement; a timer copies the counters
/// into a small ring each sample interval, and <see cref="Snapshot"/> reports differences across the ring.
/// The runtime's instruments stay disabled (and free) until <see cref="Start"/>. Start it before the
/// silo's first activation: activations are an up-down counter, and earlier ones are not seen.</summary>
public sealed partial class RuntimeMetricsAggregator : IDisposable
{
    private readonly TimeProvider _time;
    private readonly RuntimeMetricsAggregatorOptions _options;
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Type, string Method), WindowedCounters> _methods = new();
    private readonly ConcurrentDictionary<string, WindowedCounters> _types = new();
    private readonly ConcurrentDictionary<string, WindowedCounters> _storage = new();
    private readonly long[] _sampleTimestamps;
    private readonly double[] _history;
    private readonly Lock _gate = new();
    private readonly int _ringSize;
    private long _samples;
    private long _historyCount;
    private ITimer? _timer;
    private bool _started;
    private bool _disposed;

    /// <summary>Creates an aggregator; nothing is recorded until <see cref="Start"/>.</summary>
    public RuntimeMetricsAggregator(TimeProvider time, RuntimeMetricsAggregatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _options = options ?? new RuntimeMetricsAggregatorOptions();
        if (_options.SampleInterval <= TimeSpan.Zero || _options.WindowSamples < 1 || _options.HistoryLength < 1)
        {
            throw new ArgumentException("SampleInterval must be positive and WindowSamples and HistoryLength at least 1.", nameof(options));
        }

        _ringSize = _options.WindowSamples + 1;
        _sampleTimestamps = new long[_ringSize];
        _history = new double[_options.HistoryLength];
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
            _timer = _time.CreateTimer(static s => ((RuntimeMetricsAggregator)s!).Tick(), this, _options.SampleInterval, _options.SampleInterval);
        }
    }

    /// <summary>Takes a sample now instead of waiting for the timer (tests, benchmarks).</summary>
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

    /// <summary>The figures as of the latest sample (totals and live activations as of now).</summary>
    public RuntimeMetricsSnapshot Snapshot()
    {
        lock (_gate)
        {
            return SnapshotLocked();
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
        foreach (var counters in _methods.Values)
        {
            counters.Sample(slot);
        }

        foreach (var counters in _types.Values)
        {
            counters.Sample(slot);
        }

        foreach (var counters in _storage.Values)
        {
            counters.Sample(slot);
        }

        if (_samples > 0)
        {
            var previous = (int)((_samples - 1) % _ringSize);
            var seconds = _time.GetElapsedTime(_sampleTimestamps[previous], now).TotalSeconds;
            long calls = 0;
            foreach (var counters in _methods.Values)
            {
                calls += counters.Delta(MethodCounter.Calls, slot, previous);
            }

            _history[_historyCount % _history.Length] = seconds > 0 ? calls / seconds : 0;
            _historyCount++;
        }

        _sampleTimestamps[slot] = now;
        _samples++;
    }
}
