using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>The web fronts' shared ASP.NET Core data-protection key ring (the keys behind anti-forgery tokens), kept in
/// grain storage so that every web front of a cluster, and every restart, reads and writes the same keys
/// (key: the application name). Each entry is one key's XML as the framework wrote it.</summary>
[Alias("checkin.IKeyRingGrain")]
public interface IKeyRingGrain : IGrainWithStringKey
{
    /// <summary>Every stored key element, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetAll();

    /// <summary>Stores a key element under its friendly name (the key id); storing the same name again replaces it.
    /// Completes once it is durable.</summary>
    Task Store(string friendlyName, string xml);
}
