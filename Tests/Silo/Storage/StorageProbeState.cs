using System.Collections.Immutable;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>The persistent state of <see cref="IStorageProbeGrain"/>.</summary>
[GenerateSerializer]
[Alias("CheckIn.Tests.Silo.Storage.StorageProbeState")]
public sealed record StorageProbeState
{
    [Id(0)]
    public ImmutableArray<string> Entries { get; init; } = [];
}
