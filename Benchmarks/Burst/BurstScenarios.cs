namespace CheckIn.Benchmarks.Burst;

/// <summary>The names of the harness's scenarios and modes, as the command line and the report spell them.</summary>
internal static class BurstScenarios
{
    public const string Stampede = "stampede";
    public const string CheckInStorm = "check-in storm";
    public const string ExposureFanOut = "exposure fan-out";
    public const string Baseline = "stampede baseline";
    public const string BareKestrel = "bare Kestrel";

    public const string InProcess = "in-process";
    public const string Http = "HTTP";
}
