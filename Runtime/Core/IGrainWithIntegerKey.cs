namespace CheckIn.Runtime;

/// <summary>A grain addressed by a <see cref="long"/> key (stored as its invariant string form).</summary>
public interface IGrainWithIntegerKey : IGrain;
