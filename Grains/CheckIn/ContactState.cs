namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="ContactGrain"/>: the sealed address only.</summary>
internal sealed class ContactState
{
    public byte[]? SealedAddress { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
