namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a key ring grain: key XML by friendly name, in the order stored.</summary>
[GenerateSerializer, Alias("checkin.state.KeyRingState")]
public sealed class KeyRingState
{
    [Id(0)]
    public List<KeyRingEntry> Entries { get; set; } = [];
}
