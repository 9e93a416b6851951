namespace CheckIn.Grains.Tenants;

/// <summary>One stored data-protection key.</summary>
/// <param name="FriendlyName">The key's friendly name (the framework uses the key id).</param>
/// <param name="Xml">The key element as the framework wrote it.</param>
[GenerateSerializer, Alias("checkin.state.KeyRingEntry")]
public sealed record KeyRingEntry(string FriendlyName, string Xml);
