using CheckIn.Runtime;
using CheckIn.Runtime.Storage;

namespace CheckIn.Tests.CheckIn;

/// <summary>Grain storage that fails the first write matching <paramref name="fails"/>, as a database error or a crash
/// in the middle of a fan-out would, and passes everything else to the real storage.</summary>
internal sealed class FailingOnceStorage(IGrainStorage inner, Func<string, GrainId, bool> fails) : IGrainStorage
{
    private int _failed;

    public bool HasFailed => Volatile.Read(ref _failed) == 1;

    public Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
        => inner.ReadAsync(stateName, grainId, cancellationToken);

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default)
        => fails(stateName, grainId) && Interlocked.Exchange(ref _failed, 1) == 0
            ? Task.FromException<string>(new IOException($"Injected failure writing {stateName} of {grainId}."))
            : inner.WriteAsync(stateName, grainId, data, expectedEtag, cancellationToken);

    public Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default)
        => inner.ClearAsync(stateName, grainId, expectedEtag, cancellationToken);
}
