namespace CheckIn.Silo.Storage.GroupCommit;

/// <summary>The database side of group commit: runs a batch of conditional statements in one transaction.</summary>
internal interface IGroupCommitBackend
{
    /// <summary>Runs every operation of <paramref name="batch"/> in one transaction, in order, and commits it.
    /// Records each operation's outcome with <see cref="PendingStorageOperation.SetOutcome"/> but completes
    /// none of them: the caller does that once this returns. Throws when the transaction did not commit.</summary>
    Task CommitAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken);
}
