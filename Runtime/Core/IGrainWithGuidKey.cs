namespace CheckIn.Runtime;

/// <summary>A grain addressed by a <see cref="Guid"/> key (stored as its "N" string form).</summary>
public interface IGrainWithGuidKey : IGrain;
