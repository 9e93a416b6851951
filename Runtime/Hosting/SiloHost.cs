using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Messaging;
using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Hosting;

/// <summary>Starts and stops the silo with its host: storage schemas first, then the grain class
/// registry (which validates grain classes against the registered storage), then the periodic workers
/// and the reminders. Stopping refuses new outside calls, deactivates every activation and waits for it.</summary>
internal sealed partial class SiloHost(
    IEnumerable<IStorageInitializer> storageInitializers,
    GrainClassRegistry registry,
    Catalog catalog,
    GrainDispatcher dispatcher,
    CallTimeoutSweeper timeoutSweeper,
    ActivationCollector collector,
    ReminderService reminders,
    IOptions<SiloOptions> options,
    TimeProvider time,
    ILogger<SiloHost> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in storageInitializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        timeoutSweeper.Start();
        collector.Start();
        await reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        LogStarted(logger, registry.Classes.Count());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        dispatcher.Stop();
        reminders.Dispose();
        collector.Dispose();

        var activations = catalog.Snapshot();
        foreach (var activation in activations)
        {
            activation.TryRequestDeactivation(DeactivationReason.ShuttingDown);
        }

        var all = Task.WhenAll(activations.Select(static a => a.WhenDeactivated()));
        try
        {
            await all.WaitAsync(options.Value.ShutdownTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Either our own shutdown timeout or the host's: stop anyway, and say what was left behind.
            LogShutdownTimedOut(logger, activations.Count(static a => a.Status != ActivationStatus.Invalid));
        }

        timeoutSweeper.Dispose();
        LogStopped(logger, activations.Count);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Silo started with {GrainClassCount} grain classes")]
    private static partial void LogStarted(ILogger logger, int grainClassCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Silo stopped; {ActivationCount} activations deactivated")]
    private static partial void LogStopped(ILogger logger, int activationCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Silo shutdown timed out with {Remaining} activations still deactivating")]
    private static partial void LogShutdownTimedOut(ILogger logger, int remaining);
}
