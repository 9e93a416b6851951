using BenchmarkDotNet.Configs;

namespace CheckIn.Benchmarks.Storage;

/// <summary>Adds the writes-per-second column to the storage benchmarks; the job comes from the command line.</summary>
public sealed class StorageBenchmarkConfig : ManualConfig
{
    public StorageBenchmarkConfig() => AddColumn(new WritesPerSecondColumn());
}
