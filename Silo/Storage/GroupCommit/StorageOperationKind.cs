namespace CheckIn.Silo.Storage.GroupCommit;

/// <summary>What a queued storage operation does to its row.</summary>
internal enum StorageOperationKind
{
    /// <summary>Insert (no expected ETag) or conditional update of the state payload.</summary>
    Write,

    /// <summary>Conditional update that sets the payload to NULL and bumps the version.</summary>
    Clear,
}
