using CheckIn.Runtime.Storage.GroupCommit;

namespace CheckIn.Tests.Storage;

/// <summary>A group-commit backend for tests: records batch sizes, can hold a commit until released, and fails
/// any batch holding an operation for the poison state name.</summary>
internal sealed class RecordingGroupCommitBackend : IGroupCommitBackend
{
    public const string PoisonState = "poison";

    private readonly Lock _gate = new();
    private readonly List<int> _batchSizes = [];
    private TaskCompletionSource? _hold;
    private TaskCompletionSource? _held;

    /// <summary>Completes when a commit has started and is held.</summary>
    public TaskCompletionSource CommitHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<int> BatchSizes
    {
        get
        {
            lock (_gate)
            {
                return [.. _batchSizes];
            }
        }
    }

    /// <summary>Makes the next commit wait until <see cref="Release"/>.</summary>
    public void HoldNextCommit() => _hold = _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _held?.TrySetResult();

    public async Task CommitAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _batchSizes.Add(batch.Count);
        }

        if (_hold is { } hold)
        {
            _hold = null;
            CommitHeld.TrySetResult();
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (batch.Any(o => o.StateName == PoisonState))
        {
            throw new InvalidOperationException("poison batch rejected");
        }

        foreach (var operation in batch)
        {
            operation.SetOutcome(applied: operation.ExpectedEtag != "stale");
        }
    }
}
