namespace CheckIn.Silo.Storage.GroupCommit;

/// <summary>A write or clear waiting for the group-commit loop. The caller awaits <see cref="TaskCompletionSource{TResult}.Task"/>,
/// which completes only after the transaction holding this operation has committed (or failed).</summary>
/// <remarks>Continuations run asynchronously so that completing a batch of hundreds of callers never runs
/// their code on the commit loop.</remarks>
internal sealed class PendingStorageOperation : TaskCompletionSource<string>
{
    private const int Queued = 0;
    private const int Claimed = 1;
    private const int Canceled = 2;

    private int _state;
    private CancellationTokenRegistration _cancellation;
    private bool _applied;

    /// <summary>Creates an operation. <paramref name="expectedVersion"/> is null for a first write (no row may exist).</summary>
    public PendingStorageOperation(string providerName, StorageOperationKind kind, string stateName, GrainId grainId, byte[]? data, long? expectedVersion, string? expectedEtag)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        ProviderName = providerName;
        Kind = kind;
        StateName = stateName;
        GrainId = grainId;
        GrainType = grainId.Type.ToString();
        GrainKey = grainId.Key.ToString();
        Data = data;
        ExpectedVersion = expectedVersion;
        ExpectedEtag = expectedEtag;
    }

    public string ProviderName { get; }

    public StorageOperationKind Kind { get; }

    public string StateName { get; }

    public GrainId GrainId { get; }

    /// <summary>The grain type as stored in the <c>grain_type</c> column.</summary>
    public string GrainType { get; }

    /// <summary>The grain key as stored in the <c>grain_key</c> column.</summary>
    public string GrainKey { get; }

    /// <summary>The payload of a write (a private copy: the caller's buffer may be reused once it stops waiting).</summary>
    public byte[]? Data { get; }

    /// <summary>The version the row must have; null: the row must not exist.</summary>
    public long? ExpectedVersion { get; }

    public string? ExpectedEtag { get; }

    /// <summary>The version the row gets when the conditional statement applies.</summary>
    public long NextVersion => ExpectedVersion is { } version ? version + 1 : EtagVersion.First;

    /// <summary>Cancels the operation if the token fires while it is still queued; once the loop has claimed
    /// it, the outcome of the commit stands.</summary>
    public void RegisterCancellation(CancellationToken cancellationToken)
    {
        _cancellation = cancellationToken.UnsafeRegister(
            static (state, token) => ((PendingStorageOperation)state!).TryCancel(token), this);
    }

    /// <summary>Takes the operation into a batch; false when the caller canceled it first.</summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Queued) == Queued;

    /// <summary>Records what the statement did inside the (not yet committed) transaction. A retried batch
    /// records again, so only the attempt that committed counts.</summary>
    public void SetOutcome(bool applied) => _applied = applied;

    /// <summary>Completes the caller after the commit: the new ETag, or an ETag mismatch.</summary>
    public void CompleteCommitted()
    {
        _cancellation.Unregister();
        if (_applied)
        {
            TrySetResult(EtagVersion.Format(NextVersion));
        }
        else
        {
            TrySetException(EtagVersion.Mismatch(ProviderName, Kind, StateName, GrainId, ExpectedEtag));
        }
    }

    /// <summary>Fails the caller: its transaction did not commit (or never ran).</summary>
    public void Fail(Exception error)
    {
        _cancellation.Unregister();
        TrySetException(error);
    }

    private void TryCancel(CancellationToken token)
    {
        if (Interlocked.CompareExchange(ref _state, Canceled, Queued) == Queued)
        {
            TrySetCanceled(token);
        }
    }
}
