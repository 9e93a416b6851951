namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a key ring grain: key XML by friendly name, in the order stored.</summary>
public sealed class KeyRingState
{
    public List<KeyRingEntry> Entries { get; set; } = [];
}
