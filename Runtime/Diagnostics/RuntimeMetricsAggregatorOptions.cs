namespace CheckIn.Runtime.Diagnostics;

/// <summary>How often <see cref="RuntimeMetricsAggregator"/> samples and over how many samples it reports.</summary>
public sealed class RuntimeMetricsAggregatorOptions
{
    /// <summary>Time between samples.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rates and percentiles cover this many sample intervals.</summary>
    public int WindowSamples { get; set; } = 5;

    /// <summary>How many per-interval call rates the snapshot keeps for a chart.</summary>
    public int HistoryLength { get; set; } = 60;
}
