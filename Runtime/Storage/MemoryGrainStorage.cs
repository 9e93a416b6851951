using System.Collections.Concurrent;
using CheckIn.Runtime.Storage.GroupCommit;

namespace CheckIn.Runtime.Storage;

/// <summary>Grain state in process memory, with the same ETag rules as the SQL providers. Lost on restart:
/// for tests and development.</summary>
internal sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string Type, string Key, string State), Row> _rows = new();
    private readonly string _name;

    public MemoryGrainStorage(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    public Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_rows.TryGetValue(KeyOf(stateName, grainId), out var row))
        {
            return Task.FromResult<StoredState?>(null);
        }

        // A copy, so the caller cannot change what is stored.
        return Task.FromResult<StoredState?>(new StoredState(row.Data?.ToArray(), EtagVersion.Format(row.Version)));
    }

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        cancellationToken.ThrowIfCancellationRequested();
        var version = Apply(StorageOperationKind.Write, stateName, grainId, data.ToArray(), expectedEtag);
        return Task.FromResult(EtagVersion.Format(version));
    }

    public Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        cancellationToken.ThrowIfCancellationRequested();
        if (expectedEtag is null)
        {
            // Nothing to clear when nothing was ever stored; anything stored means the caller is stale.
            return _rows.ContainsKey(KeyOf(stateName, grainId))
                ? Task.FromException<string?>(EtagVersion.Mismatch(_name, StorageOperationKind.Clear, stateName, grainId, expectedEtag))
                : Task.FromResult<string?>(null);
        }

        var version = Apply(StorageOperationKind.Clear, stateName, grainId, data: null, expectedEtag);
        return Task.FromResult<string?>(EtagVersion.Format(version));
    }

    private long Apply(StorageOperationKind kind, string stateName, GrainId grainId, byte[]? data, string? expectedEtag)
    {
        var key = KeyOf(stateName, grainId);
        if (expectedEtag is null)
        {
            if (_rows.TryAdd(key, new Row(data, EtagVersion.First)))
            {
                return EtagVersion.First;
            }

            throw EtagVersion.Mismatch(_name, kind, stateName, grainId, expectedEtag);
        }

        // Compare-and-swap on the row object: Row has reference equality, so a concurrent writer makes TryUpdate fail.
        if (EtagVersion.TryParse(expectedEtag, out var expected)
            && _rows.TryGetValue(key, out var current)
            && current.Version == expected
            && _rows.TryUpdate(key, new Row(data, expected + 1), current))
        {
            return expected + 1;
        }

        throw EtagVersion.Mismatch(_name, kind, stateName, grainId, expectedEtag);
    }

    private static (string, string, string) KeyOf(string stateName, GrainId grainId) => (grainId.Type, grainId.Key, stateName);

    private sealed class Row(byte[]? data, long version)
    {
        public byte[]? Data { get; } = data;

        public long Version { get; } = version;
    }
}
