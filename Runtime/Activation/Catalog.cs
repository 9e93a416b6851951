using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Activation;

/// <summary>The silo's activations by grain id: finds the one activation of a grain or creates it.
/// Creation is a <see cref="ConcurrentDictionary{TKey, TValue}.GetOrAdd(TKey, TValue)"/>, so two racing
/// first calls share one activation; the activation itself only starts on its first turn.</summary>
internal sealed class Catalog(IServiceProvider serviceProvider, GrainClassRegistry registry)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentDictionary<GrainId, StatelessWorkerGroup> _workers = new();
    private ActivationServices? _services;
    private int _count;

    /// <summary>Raised (on the creating thread) when the activation count passes the silo's cap.</summary>
    public event Action? CapacityExceeded;

    public int Count => Volatile.Read(ref _count);

    private ActivationServices Services => _services ??= serviceProvider.GetRequiredService<ActivationServices>();

    /// <summary>The activation that should receive a message for <paramref name="grainId"/>.</summary>
    public ActivationData GetOrCreate(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        var classInfo = registry.GetByGrainType(grainId.Type);
        if (classInfo.StatelessWorkerMax > 0)
        {
            return _workers.GetOrAdd(grainId, static (id, state) => new StatelessWorkerGroup(id, state.classInfo, state.catalog), (classInfo, catalog: this))
                .Pick();
        }

        var created = new ActivationData(grainId, classInfo, Services);
        var actual = _activations.GetOrAdd(grainId, created);
        if (ReferenceEquals(actual, created))
        {
            OnCreated();
        }

        return actual;
    }

    /// <summary>Creates a stateless worker activation (not in the id map: its group owns it).</summary>
    public ActivationData CreateWorker(GrainId grainId, GrainClassInfo classInfo)
    {
        OnCreated();
        return new ActivationData(grainId, classInfo, Services);
    }

    public void Remove(ActivationData activation)
    {
        var removed = activation.ClassInfo.StatelessWorkerMax > 0
            ? _workers.TryGetValue(activation.GrainId, out var group) && group.Remove(activation)
            : _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));
        if (removed)
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>A snapshot of every activation, for the collector, the timeout sweep and shutdown.</summary>
    public List<ActivationData> Snapshot()
    {
        var all = new List<ActivationData>(Count);
        foreach (var pair in _activations)
        {
            all.Add(pair.Value);
        }

        foreach (var pair in _workers)
        {
            pair.Value.CopyTo(all);
        }

        return all;
    }

    /// <summary>The activation of a grain if it is in this silo, for tests and diagnostics.</summary>
    public ActivationData? Find(GrainId grainId) => _activations.GetValueOrDefault(grainId);

    private void OnCreated()
    {
        if (Interlocked.Increment(ref _count) > Services.Options.MaxActivations)
        {
            CapacityExceeded?.Invoke();
        }
    }
}
