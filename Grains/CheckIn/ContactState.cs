namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="ContactGrain"/>: the sealed address only.</summary>
[GenerateSerializer, Alias("checkin.state.ContactState")]
internal sealed class ContactState
{
    [Id(0)]
    public byte[]? SealedAddress { get; set; }

    [Id(1)]
    public DateTimeOffset StoredAt { get; set; }
}
