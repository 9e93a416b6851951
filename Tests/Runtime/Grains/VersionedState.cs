namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Version 2 of a state: <see cref="Tags"/> and <see cref="Note"/> were added after version 1 was stored.</summary>
public sealed record VersionedState(int Value, string Note = "none")
{
    public IReadOnlyList<string> Tags { get; init; } = [];
}
