using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The machine a run was measured on, and how the measured code was compiled, for the report.</summary>
internal sealed record MachineInfo(int Cores, double MemoryGiB, string OperatingSystem, string Runtime, string LoadAverage, string Code)
{
    public static MachineInfo Current()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return new MachineInfo(Environment.ProcessorCount, Math.Round(memory, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, load, DescribeCode());
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores (nproc), {MemoryGiB:0.#} GiB RAM, {OperatingSystem}, {Runtime}, load average at start {LoadAverage}; code: {Code}");

    /// <summary>True when the assembly carries precompiled native code (ReadyToRun), as a published build's do.</summary>
    public static bool IsReadyToRun(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    // The servers the harness starts run from its own directory: the grains' assembly says how all of them were built.
    // Dynamic PGO, the tier-1 call count and the call-counting delay as the runtimeconfig sets them
    // (ServerRuntime.props; DOTNET_ variables that override them are not seen here).
    private static string DescribeCode()
    {
        var grains = Path.Combine(AppContext.BaseDirectory, "CheckIn.Grains.dll");
        var compiled = File.Exists(grains) && IsReadyToRun(grains) ? "ReadyToRun (published)" : "JIT only (built, not published)";
        var pgo = AppContext.GetData("System.Runtime.TieredPGO") is string value && bool.TryParse(value, out var on) && !on ? "dynamic PGO off" : "dynamic PGO on";
        var tierUp = AppContext.GetData("System.Runtime.TieredCompilation.CallCountThreshold") is string calls
            ? $", tier 1 after {calls} calls"
            : string.Empty;
        var counting = AppContext.GetData("System.Runtime.TieredCompilation.CallCountingDelayMs") is string delay
            ? $", call counting after {delay} ms"
            : string.Empty;
        return $"{compiled}, {pgo}{tierUp}{counting}";
    }
}
