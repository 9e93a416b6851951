using System.Reflection;
using CheckIn.Runtime;
using CheckIn.Runtime.Hosting;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.Runtime;

public sealed class SiloHostingTests
{
    [Fact]
    public async Task AddSilo_InvalidOptionsInConfiguration_StartFailsNamingEachOption()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Silo:CallTimeout"] = "-00:00:01",
            ["Silo:MaxQueueLength"] = "0",
        });
        builder.AddSilo(silo => silo.AddGrains(typeof(SiloHostingTests).Assembly).UseMemoryStorage());
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Silo:CallTimeout", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Silo:MaxQueueLength", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSilo_GrainStateNamesUnregisteredStorage_StartFailsNamingGrainAndStorage()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddSilo(silo => silo.AddGrains(CompileMisconfiguredGrainAssembly()).UseMemoryStorage());
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("ArchiveGrain", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'archive'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSilo_CalledTwice_HostsOneSiloWithBothConfigurations()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddSilo(silo => silo.UseMemoryStorage());
        builder.AddSilo(silo => silo.AddGrains(typeof(SiloHostingTests).Assembly));
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>(Signals.NewName("twice"));
        Assert.Equal(2, await grain.Add(2));

        Assert.Single(host.Services.GetServices<IHostedService>());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A grain class whose state names a storage nobody registered. Compiled on the fly so that it
    /// stays out of the test assembly, whose grains every other test hosts.</summary>
    private static Assembly CompileMisconfiguredGrainAssembly()
    {
        const string Source = """
            using CheckIn.Runtime;
            public interface IArchiveGrain : IGrainWithStringKey { }
            public sealed class ArchiveState { public int Value { get; set; } }
            public sealed class ArchiveGrain([PersistentState("archive", "archive")] IPersistentState<ArchiveState> state) : Grain, IArchiveGrain
            {
                public int Value => state.State.Value;
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(IGrain).Assembly.Location)
            .Select(static path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "MisconfiguredGrains" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(Source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}
