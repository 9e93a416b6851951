using CheckIn.Silo.Storage.GroupCommit;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace CheckIn.Silo.Storage;

/// <summary>The Orleans <see cref="IGrainStorage"/> side shared by the group-commit providers: serialization,
/// the ETag contract and the silo lifecycle. A subclass supplies the database: schema, reads and batch commits.</summary>
/// <remarks>ETags are row versions. A clear keeps the row with a NULL payload and a new version (as Orleans' ADO.NET
/// provider does by default), so a stale writer can never resurrect a cleared state with a null ETag.</remarks>
internal abstract class GroupCommitGrainStorage : IGrainStorage, IGroupCommitBackend, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activatorProvider;
    private readonly GroupCommitWriter _writer;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;
    private int _disposed;

    protected GroupCommitGrainStorage(string name, GroupCommitGrainStorageOptions options, IActivatorProvider activatorProvider, ILogger logger, TimeProvider? timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(activatorProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Name = name;
        _serializer = options.GrainStorageSerializer;
        _activatorProvider = activatorProvider;
        _writer = new GroupCommitWriter(name, this, options.MaxBatchSize, options.MaxBatchDelay, timeProvider ?? TimeProvider.System, logger);
    }

    /// <summary>The provider name (the key it is registered under).</summary>
    public string Name { get; }

    /// <summary>Transactions the group-commit loop has committed.</summary>
    internal long CommittedTransactions => _writer.CommittedTransactions;

    /// <summary>Transactions that failed and failed all their operations.</summary>
    internal long FailedTransactions => _writer.FailedTransactions;

    /// <summary>True once the provider is disposed and its commit loop has ended.</summary>
    protected bool IsStopped => _writer.IsStopped;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        await EnsureInitializedAsync(CancellationToken.None).ConfigureAwait(false);
        var row = await ReadRowAsync(stateName, grainId, CancellationToken.None).ConfigureAwait(false);
        var state = row?.Data is { } data ? _serializer.Deserialize<T>(data) : default;
        grainState.ETag = row is null ? null : EtagVersion.Format(row.Version);
        grainState.RecordExists = state is not null;
        grainState.State = state ?? CreateInstance<T>();
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var data = _serializer.Serialize(grainState.State).ToArray();
        grainState.ETag = await _writer.WriteAsync(stateName, grainId, data, grainState.ETag, CancellationToken.None).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        grainState.ETag = await _writer.ClearAsync(
            stateName,
            grainId,
            grainState.ETag,
            async ct => await ReadRowAsync(stateName, grainId, ct).ConfigureAwait(false) is not null,
            CancellationToken.None).ConfigureAwait(false);
        grainState.RecordExists = false;
        grainState.State = CreateInstance<T>();
    }

    /// <summary>Creates the schema at start, and stops the commit loop after the grains were deactivated (the
    /// stop of <see cref="ServiceLifecycleStage.ApplicationServices"/> runs after <see cref="ServiceLifecycleStage.GrainDeactivation"/>),
    /// so the writes grains make while deactivating are committed.</summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            $"{GetType().Name}-{Name}",
            ServiceLifecycleStage.ApplicationServices,
            ct => EnsureInitializedAsync(ct).AsTask(),
            _ => DisposeAsync().AsTask());
    }

    /// <summary>Creates the table if it does not exist yet (idempotent; safe when several processes start together).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    async Task IGroupCommitBackend.CommitAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await CommitBatchAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits what is queued (bounded in time), then releases the database resources. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        await DisposeCoreAsync().ConfigureAwait(false);
    }

    /// <summary>Creates the table (idempotently).</summary>
    protected abstract Task CreateSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Reads a row; null when it was never written.</summary>
    protected abstract Task<StoredRow?> ReadRowAsync(string stateName, GrainId grainId, CancellationToken cancellationToken);

    /// <summary>The <see cref="IGroupCommitBackend.CommitAsync"/> contract, called once the schema exists.</summary>
    protected abstract Task CommitBatchAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken);

    /// <summary>Releases the database resources once the commit loop has stopped (or was abandoned).</summary>
    protected abstract ValueTask DisposeCoreAsync();

    private ValueTask EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? ValueTask.CompletedTask : new ValueTask(InitializeAsync(cancellationToken));

    private T CreateInstance<T>() => _activatorProvider.GetActivator<T>().Create();
}
