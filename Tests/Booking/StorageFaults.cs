using CheckIn.Runtime;
using CheckIn.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>Puts a <see cref="FaultyGrainStorage"/> in front of a test silo's default storage, the same
/// wrapper across restarts of that silo (so the rule a test set survives a restart).</summary>
public sealed class StorageFaults
{
    private FaultyGrainStorage? _storage;

    public FaultyGrainStorage Storage => _storage ?? throw new InvalidOperationException("The silo has not started.");

    public void Install(IServiceCollection services)
    {
        var descriptor = services.Last(static d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, GrainStorageNames.Default));
        var inner = (IGrainStorage)descriptor.KeyedImplementationInstance!;
        if (_storage is null || !ReferenceEquals(_storage.Inner, inner))
        {
            _storage = new FaultyGrainStorage(inner);
        }

        services.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, _storage);
    }
}
