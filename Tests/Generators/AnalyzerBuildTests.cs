using CheckIn.Runtime.Invocation;

namespace CheckIn.Tests.Generators;

/// <summary>The generator, referenced as an analyzer by this project, generated the proxy of its test grain
/// interface during the real build.</summary>
public sealed class AnalyzerBuildTests
{
    [Fact]
    public void TestGrainProxy_RealBuild_ExistsInTestAssemblyAndImplementsInterface()
    {
        var proxy = Assert.Single(
            typeof(ITestCounterGrain).Assembly.GetTypes(),
            static type => type.IsClass && typeof(ITestCounterGrain).IsAssignableFrom(type));

        Assert.Equal("CheckInGenerated.Proxies.CheckIn.Tests.Generators.TestCounterGrainProxy", proxy.FullName);
        Assert.True(typeof(GrainReference).IsAssignableFrom(proxy));
        Assert.True(proxy.IsSealed);
        Assert.False(proxy.IsPublic);
    }

    [Fact]
    public void TestGrainRequests_RealBuild_CarryTheMethodFlags()
    {
        var proxy = typeof(global::CheckInGenerated.Proxies.CheckIn.Tests.Generators.TestCounterGrainProxy);

        Assert.Equal(InvokeFlags.ReadOnly, new global::CheckInGenerated.Proxies.CheckIn.Tests.Generators.TestCounterGrainProxy.GetRequest().Flags);
        Assert.Equal(InvokeFlags.OneWay, new global::CheckInGenerated.Proxies.CheckIn.Tests.Generators.TestCounterGrainProxy.ResetRequest().Flags);
        Assert.Equal(InvokeFlags.None, new global::CheckInGenerated.Proxies.CheckIn.Tests.Generators.TestCounterGrainProxy.AddRequest(1).Flags);
        Assert.Equal(4, proxy.GetNestedTypes(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public).Length);
    }
}
