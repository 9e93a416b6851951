namespace CheckIn.Runtime;

/// <summary>Hands out references to grains. Usable from grains and from outside the silo (the web front);
/// getting a reference is cheap and never activates anything: the first call does.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with a string key.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;

    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with a Guid key.</summary>
    TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey;

    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with an integer key.</summary>
    TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey;
}
