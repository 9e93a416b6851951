using Microsoft.Extensions.Hosting;

namespace CheckIn.Runtime.Storage;

/// <summary>Creates the storage schemas when the host starts, so a database that cannot be reached or set up
/// fails the start instead of the first grain call. The providers also initialize lazily on first use, so
/// the order of hosted services does not matter.</summary>
internal sealed class StorageInitializationService(IEnumerable<IStorageInitializer> initializers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
