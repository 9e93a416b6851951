using CheckIn.Runtime;
using CheckIn.Runtime.Storage;

namespace CheckIn.Tests.Booking;

/// <summary>Wraps a grain storage and fails the writes a test picks: before storing (nothing stored) or
/// after storing (stored, but the caller sees a failure, as when a commit's acknowledgement is lost).</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private volatile Func<string, GrainId, WriteFault>? _rule;

    public IGrainStorage Inner => inner;

    public void FailWrites(Func<string, GrainId, WriteFault> rule) => _rule = rule;

    public void Heal() => _rule = null;

    public Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
        => inner.ReadAsync(stateName, grainId, cancellationToken);

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default)
    {
        var fault = _rule?.Invoke(stateName, grainId) ?? WriteFault.None;
        if (fault == WriteFault.BeforeStoring)
        {
            throw new IOException($"Injected failure before storing {grainId}.");
        }

        var etag = await inner.WriteAsync(stateName, grainId, data, expectedEtag, cancellationToken);
        return fault == WriteFault.AfterStoring ? throw new IOException($"Injected failure after storing {grainId}.") : etag;
    }

    public Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default)
        => inner.ClearAsync(stateName, grainId, expectedEtag, cancellationToken);
}
