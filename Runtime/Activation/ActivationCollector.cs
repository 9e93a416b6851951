using CheckIn.Runtime.Hosting;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Activation;

/// <summary>Deactivates activations that have been idle longer than their collection age, and, when the
/// silo holds more than its cap, the least recently used idle ones until it is back under the cap.</summary>
internal sealed class ActivationCollector(Catalog catalog, TimeProvider time, IOptions<SiloOptions> options) : IDisposable
{
    private ITimer? _timer;
    private int _capacityCollectionQueued;

    public void Start()
    {
        var quantum = options.Value.CollectionQuantum;
        _timer = time.CreateTimer(static state => ((ActivationCollector)state!).Collect(), this, quantum, quantum);
        catalog.CapacityExceeded += OnCapacityExceeded;
    }

    /// <summary>One collection pass; returns how many activations were asked to deactivate.</summary>
    public int Collect()
    {
        var now = time.GetTimestamp();
        var requested = 0;
        var activations = catalog.Snapshot();
        var survivors = new List<ActivationData>(activations.Count);
        foreach (var activation in activations)
        {
            if (now - activation.LastActiveTimestamp >= activation.ClassInfo.CollectionAge.TotalSeconds * time.TimestampFrequency
                && activation.TryRequestDeactivation(DeactivationReason.Idle))
            {
                requested++;
            }
            else
            {
                survivors.Add(activation);
            }
        }

        var excess = survivors.Count - options.Value.MaxActivations;
        if (excess > 0)
        {
            requested += CollectLeastRecentlyUsed(survivors, excess);
        }

        return requested;
    }

    public void Dispose()
    {
        catalog.CapacityExceeded -= OnCapacityExceeded;
        _timer?.Dispose();
    }

    private static int CollectLeastRecentlyUsed(List<ActivationData> candidates, int excess)
    {
        // A bounded max-heap keeps the `excess` oldest: O(n log excess) instead of sorting everything.
        var oldest = new PriorityQueue<ActivationData, long>(excess + 1, Comparer<long>.Create(static (a, b) => b.CompareTo(a)));
        foreach (var activation in candidates)
        {
            if (!activation.IsIdle)
            {
                continue;
            }

            oldest.Enqueue(activation, activation.LastActiveTimestamp);
            if (oldest.Count > excess)
            {
                oldest.Dequeue();
            }
        }

        var requested = 0;
        while (oldest.TryDequeue(out var activation, out _))
        {
            if (activation.TryRequestDeactivation(DeactivationReason.Capacity))
            {
                requested++;
            }
        }

        return requested;
    }

    private void OnCapacityExceeded()
    {
        // Coalesce: one queued pass handles any number of creations past the cap.
        if (Interlocked.Exchange(ref _capacityCollectionQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static collector =>
                {
                    Volatile.Write(ref collector._capacityCollectionQueued, 0);
                    collector.Collect();
                },
                this,
                preferLocal: false);
        }
    }
}
