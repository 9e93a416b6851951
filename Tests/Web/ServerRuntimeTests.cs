using System.Text.Json;

namespace CheckIn.Tests.Web;

/// <summary>The processes that serve a burst run with the JIT settings of <c>ServerRuntime.props</c> (measured in
/// Benchmarks/RESULTS.md, "Burst capacity on Orleans"): without them a booking opening lands on code that stays at its
/// first, slow version for most of the burst.</summary>
public sealed class ServerRuntimeTests
{
    [Theory]
    [InlineData("CheckIn.WebFront")]
    [InlineData("CheckIn.Silo")]
    [InlineData("CheckIn.Benchmarks")]
    public void RuntimeConfig_ServerProcess_CountsCallsAtOnceAndTiersUpAfterAThousandWithoutDynamicPgo(string assembly)
    {
        // Referenced executables' runtimeconfig files are copied beside the tests' own.
        var path = Path.Combine(AppContext.BaseDirectory, assembly + ".runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.Equal(1000, properties.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
