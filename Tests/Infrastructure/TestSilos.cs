using System.Text.Json;
using CheckIn.Silo.Hosting;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CheckIn.Tests.Infrastructure;

/// <summary>Starts test silos (test grains of this assembly are found by Orleans itself) and looks at what they stored.</summary>
public static class TestSilos
{
    public static Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null) => TestSilo.StartAsync(configure);

    /// <summary>The grain storage every grain uses, as the first silo resolves it.</summary>
    public static IGrainStorage Storage(this TestSilo silo)
        => silo.Services.GetRequiredKeyedService<IGrainStorage>(CheckInSiloHostingExtensions.GrainStorageName);

    /// <summary>Reads the stored state <paramref name="stateName"/> of <paramref name="grain"/> straight from the
    /// grain storage, as the JSON the silo wrote (SQLite or PostgreSQL storage), or null when nothing is stored.</summary>
    public static async Task<JsonElement?> StoredJsonAsync(this TestSilo silo, string stateName, IAddressable grain)
    {
        var state = new GrainState<JsonElement>();
        await silo.Storage().ReadStateAsync(stateName, grain.GetGrainId(), state);
        return state.RecordExists ? state.State : null;
    }

    /// <summary>Replaces the grain storage named "Default" by <paramref name="wrap"/> applied to the product's
    /// (call from <see cref="TestSiloOptions.ConfigureServices"/>, which runs after the product's registrations).</summary>
    public static void WrapGrainStorage(this IServiceCollection services, Func<IGrainStorage, IGrainStorage> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        var name = CheckInSiloHostingExtensions.GrainStorageName;
        var product = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name));
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => wrap(Resolve(product, sp, key)));
    }

    private static IGrainStorage Resolve(ServiceDescriptor descriptor, IServiceProvider services, object? key)
        => descriptor switch
        {
            { KeyedImplementationInstance: IGrainStorage instance } => instance,
            { KeyedImplementationFactory: { } factory } => (IGrainStorage)factory(services, key),
            { KeyedImplementationType: { } type } => (IGrainStorage)ActivatorUtilities.CreateInstance(services, type),
            _ => throw new InvalidOperationException("The product's grain storage registration is not one this helper knows."),
        };
}
