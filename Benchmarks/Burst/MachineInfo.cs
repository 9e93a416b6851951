using System.Globalization;
using System.Runtime.InteropServices;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The machine a run was measured on, for the report.</summary>
internal sealed record MachineInfo(int Cores, double MemoryGiB, string OperatingSystem, string Runtime, string LoadAverage)
{
    public static MachineInfo Current()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return new MachineInfo(Environment.ProcessorCount, Math.Round(memory, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, load);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores (nproc), {MemoryGiB:0.#} GiB RAM, {OperatingSystem}, {Runtime}, load average at start {LoadAverage}");
}
