namespace CheckIn.Silo.Storage;

/// <summary>A state row as stored: its serialized payload (null after a clear) and its version (the ETag).</summary>
/// <param name="Data">The serialized state, or null when the state was cleared.</param>
/// <param name="Version">The row version; <see cref="GroupCommit.EtagVersion"/> turns it into the ETag.</param>
internal sealed record StoredRow(byte[]? Data, long Version);
