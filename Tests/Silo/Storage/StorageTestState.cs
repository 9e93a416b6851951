namespace CheckIn.Tests.Silo.Storage;

/// <summary>The state the storage tests write through the providers directly.</summary>
[GenerateSerializer]
[Alias("CheckIn.Tests.Silo.Storage.StorageTestState")]
public sealed record StorageTestState
{
    [Id(0)]
    public string Text { get; init; } = string.Empty;

    [Id(1)]
    public int Number { get; init; }
}
