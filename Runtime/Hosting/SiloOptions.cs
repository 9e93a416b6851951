namespace CheckIn.Runtime.Hosting;

/// <summary>Silo settings, bound from the configuration section <c>Silo</c> and validated at start.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Silo";

    /// <summary>How long a caller waits for a grain call before it fails with <see cref="GrainCallTimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most messages an activation queues; past it, calls fail at once with <see cref="GrainOverloadedException"/>.</summary>
    public int MaxQueueLength { get; set; } = 10_000;

    /// <summary>Idle time after which an activation is deactivated, unless its class says otherwise.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most activations the silo holds; past it, the least recently used idle ones are deactivated.</summary>
    public int MaxActivations { get; set; } = 2_000_000;

    /// <summary>How long OnActivateAsync may take before its cancellation token fires.</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long OnDeactivateAsync may take before its cancellation token fires.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a graceful shutdown waits for activations to deactivate.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
