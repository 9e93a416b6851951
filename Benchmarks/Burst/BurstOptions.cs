using CheckIn.Benchmarks.CheckIn;

namespace CheckIn.Benchmarks.Burst;

/// <summary>What one <c>burst</c> invocation runs.</summary>
internal sealed class BurstOptions
{
    public const string StampedeName = "stampede";
    public const string StormName = "storm";
    public const string ExposureName = "exposure";
    public const string Baseline = "baseline";
    public const string Kestrel = "kestrel";
    public const string InProcess = "inprocess";
    public const string Http = "http";

    public IReadOnlyList<string> Scenarios { get; init; } = [StampedeName, StormName, ExposureName, Baseline, Kestrel];

    public IReadOnlyList<string> Modes { get; init; } = [InProcess, Http];

    public IReadOnlyList<BenchmarkStorage> Storages { get; init; } = [BenchmarkStorage.Sqlite, BenchmarkStorage.Postgres];

    public required StampedeSettings Stampede { get; init; }

    public required CheckInStormSettings Storm { get; init; }

    public ExposureFanOutSettings Exposure { get; init; } = new(50_000, 5);

    public TimeSpan KestrelDuration { get; init; } = TimeSpan.FromSeconds(10);

    public required string OutputDirectory { get; init; }

    public string CommandLine { get; init; } = "burst";

    /// <summary>Refuses scenario or mode names the harness does not know, so a typo does not run nothing.</summary>
    public void Validate()
    {
        string[] scenarios = [StampedeName, StormName, ExposureName, Baseline, Kestrel];
        string[] modes = [InProcess, Http];
        var unknown = Scenarios.Where(s => !scenarios.Contains(s, StringComparer.OrdinalIgnoreCase))
            .Concat(Modes.Where(m => !modes.Contains(m, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scenario or mode: {string.Join(", ", unknown)}. Scenarios: {string.Join(", ", scenarios)}; modes: {string.Join(", ", modes)}.");
        }

        Stampede.Validate();
        Storm.Validate();
        Exposure.Validate();
    }

    public bool Runs(string scenario) => Scenarios.Contains(scenario, StringComparer.OrdinalIgnoreCase);

    public bool In(string mode) => Modes.Contains(mode, StringComparer.OrdinalIgnoreCase);
}
