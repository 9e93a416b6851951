using CheckIn.Runtime;
using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Storage;
using CheckIn.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Infrastructure;

/// <summary>Starts test silos hosting this assembly's test grains, and looks inside them.</summary>
public static class TestSilos
{
    public static Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null)
        => TestSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(typeof(TestSilos).Assembly);
            configure?.Invoke(options);
        });

    public static IGrainStorage Storage(this TestSilo silo)
        => silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Default);

    internal static Catalog Catalog(this TestSilo silo) => silo.Services.GetRequiredService<Catalog>();

    internal static ActivationData? ActivationOf(this TestSilo silo, IGrain grain)
        => silo.Catalog().Find(((GrainReference)(object)grain).GrainId);

    /// <summary>Waits until the grain's activation holds <paramref name="messages"/> messages (running and
    /// queued) and its scheduler has nothing left to decide.</summary>
    internal static Task SettledWithAsync(this TestSilo silo, IGrain grain, int messages)
        => Eventually.TrueAsync(
            () => silo.ActivationOf(grain) is { } a && a.QueueLength == messages && a.IsQuiescent,
            $"the activation holds {messages} messages and is quiescent");
}
