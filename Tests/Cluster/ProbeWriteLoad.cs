using System.Collections.Concurrent;
using CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>Durable appends to probe grains from the client, one writer per key, remembering every acknowledged
/// value, so a test can check that nothing acknowledged was lost; failed calls (while the cluster notices a
/// crash) are counted by exception type and retried with the next value.</summary>
internal sealed class ProbeWriteLoad : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers = [];

    public ProbeWriteLoad(IGrainFactory grains, IReadOnlyList<string> keys)
    {
        Keys = keys;
        foreach (var key in keys)
        {
            _acknowledged[key] = new ConcurrentQueue<long>();
            _writers.Add(Task.Run(() => WriteAsync(grains.GetGrain<IClusterProbeGrain>(key), key)));
        }
    }

    public IReadOnlyList<string> Keys { get; }

    public int Acknowledged(string key) => _acknowledged[key].Count;

    public int TotalAcknowledged => _acknowledged.Values.Sum(static q => q.Count);

    public string Failures => _failures.IsEmpty ? "none" : string.Join(", ", _failures.Select(static f => $"{f.Key} x{f.Value}"));

    /// <summary>Waits until each of <paramref name="keys"/> has had <paramref name="count"/> more acknowledged writes.</summary>
    public async Task WaitForProgressAsync(IReadOnlyCollection<string> keys, int count, TimeSpan deadline)
    {
        var start = keys.ToDictionary(k => k, Acknowledged, StringComparer.Ordinal);
        var until = DateTime.UtcNow + deadline;
        while (keys.Any(k => Acknowledged(k) < start[k] + count))
        {
            if (DateTime.UtcNow > until)
            {
                var stuck = keys.Count(k => Acknowledged(k) < start[k] + count);
                Assert.Fail($"{stuck} of {keys.Count} keys made no progress within {deadline}; failed calls: {Failures}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await Task.WhenAll(_writers);
    }

    /// <summary>Every acknowledged value of every key is in the grain's durable list (read back through a fresh
    /// activation if the old one died).</summary>
    public async Task AssertNothingLostAsync(IGrainFactory grains)
    {
        var written = 0;
        foreach (var key in Keys)
        {
            var stored = (await Retry.UntilAsync(() => grains.GetGrain<IClusterProbeGrain>(key).Values(), TimeSpan.FromSeconds(30))).ToHashSet();
            var missing = _acknowledged[key].Where(v => !stored.Contains(v)).ToList();
            Assert.True(missing.Count == 0, $"Key {key} lost {missing.Count} acknowledged writes (e.g. {string.Join(", ", missing.Take(5))}).");
            written += _acknowledged[key].Count;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{written} acknowledged appends over {Keys.Count} keys, all present; failed calls: {Failures}.");
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
                _acknowledged[key].Enqueue(value);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !_stop.IsCancellationRequested)
            {
                // Unacknowledged: the value may or may not be stored, and that is allowed. Retry with the next one.
                _failures.AddOrUpdate(exception.GetType().Name, 1, static (_, n) => n + 1);
                try
                {
                    await Task.Delay(50, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
