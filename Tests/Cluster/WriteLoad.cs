extern alias silo;

using System.Collections.Concurrent;
using CheckIn.Runtime;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>A stream of durable appends to a set of probe grains through one silo, one writer per key, that
/// remembers every acknowledged value and when calls failed, so a test can check that nothing acknowledged
/// was lost and how long calls failed around a crash.</summary>
internal sealed class WriteLoad : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<long>> _acknowledged = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers = [];
    private long _failures;
    private long _lastFailureTicks;
    private long _successes;

    public WriteLoad(Func<string, IClusterProbeGrain> grain, IReadOnlyList<string> keys)
    {
        Keys = keys;
        foreach (var key in keys)
        {
            _acknowledged[key] = [];
            _writers.Add(Task.Run(() => WriteAsync(grain(key), key)));
        }
    }

    public IReadOnlyList<string> Keys { get; }

    public long Failures => Interlocked.Read(ref _failures);

    public long Successes => Interlocked.Read(ref _successes);

    public DateTime LastFailure => new(Interlocked.Read(ref _lastFailureTicks), DateTimeKind.Utc);

    public IReadOnlyCollection<long> Acknowledged(string key) => _acknowledged[key];

    /// <summary>Waits until every key has had at least <paramref name="count"/> more acknowledged writes.</summary>
    public async Task WaitForProgressAsync(int count, TimeSpan deadline)
    {
        var start = Keys.ToDictionary(k => k, k => _acknowledged[k].Count);
        var until = DateTime.UtcNow + deadline;
        while (Keys.Any(k => _acknowledged[k].Count < start[k] + count))
        {
            if (DateTime.UtcNow > until)
            {
                var stuck = Keys.Count(k => _acknowledged[k].Count < start[k] + count);
                Assert.Fail($"{stuck} of {Keys.Count} keys made no progress within {deadline}; {Failures} calls failed.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
    }

    /// <summary>Every acknowledged value of every key is in the grain's durable list.</summary>
    public async Task AssertNothingLostAsync(Func<string, IClusterProbeGrain> grain)
    {
        foreach (var key in Keys)
        {
            var stored = (await ProbeGrains.RetryAsync(() => grain(key).Values(), TimeSpan.FromSeconds(20))).ToHashSet();
            var missing = _acknowledged[key].Where(v => !stored.Contains(v)).ToList();
            Assert.True(missing.Count == 0, $"Key {key} lost {missing.Count} acknowledged writes (e.g. {string.Join(", ", missing.Take(5))}).");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task WriteAsync(IClusterProbeGrain grain, string key)
    {
        var next = 0L;
        while (!_stop.IsCancellationRequested)
        {
            var value = ++next;
            try
            {
                await grain.Append(value);
                _acknowledged[key].Add(value);
                Interlocked.Increment(ref _successes);
            }
            catch (Exception exception) when (exception is SiloUnavailableException or GrainCallTimeoutException or InconsistentStateException or TimeoutException)
            {
                Interlocked.Increment(ref _failures);
                Interlocked.Exchange(ref _lastFailureTicks, DateTime.UtcNow.Ticks);
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
