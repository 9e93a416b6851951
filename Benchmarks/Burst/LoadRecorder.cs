using System.Diagnostics;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Times the operations of one load run and keeps every sample (a run is at most a few hundred thousand
/// requests, so keeping them all costs little and gives exact percentiles).</summary>
internal sealed class LoadRecorder
{
    private readonly List<OperationSample> _samples = [];
    private readonly Lock _lock = new();
    private long _origin = Stopwatch.GetTimestamp();
    private int _count;

    /// <summary>Samples recorded so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Makes now the run's time zero.</summary>
    public void Start() => _origin = Stopwatch.GetTimestamp();

    /// <summary>Runs and times one operation; an exception becomes its outcome (<see cref="BurstOutcomes.Of"/>).</summary>
    public async Task<string> MeasureAsync(Func<Task<string>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            outcome = await operation();
        }
        catch (Exception exception)
        {
            outcome = BurstOutcomes.Of(exception);
        }

        var end = Stopwatch.GetTimestamp();
        var sample = new OperationSample(
            Stopwatch.GetElapsedTime(_origin, start).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start, end).TotalMilliseconds,
            outcome);
        lock (_lock)
        {
            _samples.Add(sample);
        }

        Interlocked.Increment(ref _count);
        return outcome;
    }

    /// <summary>The samples, ordered by start.</summary>
    public IReadOnlyList<OperationSample> Samples()
    {
        lock (_lock)
        {
            return [.. _samples.OrderBy(s => s.StartMs)];
        }
    }
}
