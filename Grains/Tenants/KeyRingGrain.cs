using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Grains.Tenants;

/// <summary>The shared data-protection key ring. The framework adds a key every 90 days or so and reads them all at
/// start and on each refresh, so one small grain carries it; a bounded size keeps a misbehaving caller from growing
/// it without end.</summary>
public sealed class KeyRingGrain([PersistentState("keys")] IPersistentState<KeyRingState> state) : Grain, IKeyRingGrain
{
    /// <summary>The most keys kept; the oldest go first (the framework never needs keys that old).</summary>
    public const int MaxEntries = 100;

    private const int MaxXmlLength = 64 * 1024;

    public Task<IReadOnlyList<string>> GetAll()
        => Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries.Select(static e => e.Xml)]);

    public async Task Store(string friendlyName, string xml)
    {
        ArgumentException.ThrowIfNullOrEmpty(xml);
        if (xml.Length > MaxXmlLength)
        {
            throw new ArgumentException($"A key element is at most {MaxXmlLength} characters.", nameof(xml));
        }

        var entries = state.State.Entries;
        entries.RemoveAll(e => e.FriendlyName == friendlyName);
        entries.Add(new KeyRingEntry(friendlyName ?? "", xml));
        if (entries.Count > MaxEntries)
        {
            entries.RemoveRange(0, entries.Count - MaxEntries);
        }

        await state.WriteStateAsync();
    }
}
