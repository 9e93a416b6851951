using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Activation;

/// <summary>What every activation of a silo shares: one object, so an activation holds one reference
/// instead of six.</summary>
internal sealed class ActivationServices(
    IServiceProvider serviceProvider,
    IOptions<SiloOptions> options,
    TimeProvider time,
    ILogger<ActivationData> logger,
    Catalog catalog,
    GrainDispatcher dispatcher,
    CallMetrics metrics)
{
    public IServiceProvider ServiceProvider { get; } = serviceProvider;

    public SiloOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    public Catalog Catalog { get; } = catalog;

    public GrainDispatcher Dispatcher { get; } = dispatcher;

    public CallMetrics Metrics { get; } = metrics;
}
