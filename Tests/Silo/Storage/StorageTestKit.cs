using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>What the provider tests need from Orleans without a silo: the serializer the silo uses and an activator.</summary>
internal static class StorageTestKit
{
    private static readonly ServiceProvider s_services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    public static IActivatorProvider Activators => s_services.GetRequiredService<IActivatorProvider>();

    public static IGrainStorageSerializer Serializer { get; } =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    /// <summary>Deadline for anything a test awaits: generous, since the tests never depend on timing.</summary>
    public static TimeSpan Deadline { get; } = TimeSpan.FromSeconds(60);

    public static GrainId NewGrainId() => GrainId.Create("storagetest", Guid.NewGuid().ToString("N"));

    public static GrainState<StorageTestState> State(string text, string? etag = null) =>
        new(new StorageTestState { Text = text, Number = text.Length }, etag);
}
