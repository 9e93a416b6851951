extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Burst;

namespace CheckIn.Tests.Burst;

/// <summary>The burst report says how the measured code was compiled: published ReadyToRun or JIT only.</summary>
public sealed class MachineInfoTests
{
    [Fact]
    public void IsReadyToRun_FrameworkAssembly_True()
        => Assert.True(MachineInfo.IsReadyToRun(typeof(object).Assembly.Location));

    [Fact]
    public void IsReadyToRun_BuiltAssembly_False()
        => Assert.False(MachineInfo.IsReadyToRun(typeof(MachineInfoTests).Assembly.Location));

    [Fact]
    public void Describe_FromBuildOutput_SaysJitOnly()
        => Assert.Contains("code: JIT only (built, not published), dynamic PGO on", MachineInfo.Current().Describe(), StringComparison.Ordinal);
}
