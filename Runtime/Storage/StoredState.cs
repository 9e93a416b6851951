namespace CheckIn.Runtime.Storage;

/// <summary>A state record as stored: its serialized payload (null after a clear) and its ETag.</summary>
/// <param name="Data">The serialized state, or null when the state was cleared.</param>
/// <param name="Etag">The opaque version tag a later write must present.</param>
public sealed record StoredState(byte[]? Data, string Etag);
