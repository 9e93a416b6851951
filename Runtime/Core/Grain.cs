using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime;

/// <summary>Base class of grain implementations. The runtime creates the instance on the grain's first
/// call, loads its state, calls <see cref="OnActivateAsync"/>, and then delivers messages one turn at a
/// time.</summary>
public abstract class Grain
{
    [ThreadStatic]
    private static ActivationData? s_constructing;

    private readonly ActivationData _activation;

    /// <summary>Binds the grain to the activation the runtime is creating it for.</summary>
    protected Grain()
    {
        _activation = s_constructing
            ?? throw new InvalidOperationException($"{GetType().Name} is a grain: get it with IGrainFactory.GetGrain<T>(key), do not construct it.");
    }

    internal static ActivationData? Constructing
    {
        get => s_constructing;
        set => s_constructing = value;
    }

    /// <summary>This grain's identity.</summary>
    public GrainId GrainId => _activation.GrainId;

    /// <summary>A factory for references to other grains (and to this one).</summary>
    protected IGrainFactory GrainFactory => _activation.Services.ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's clock; a manual one in tests.</summary>
    protected TimeProvider TimeProvider => _activation.Services.Time;

    /// <summary>The key of a grain addressed by string.</summary>
    public string GetPrimaryKeyString() => GrainId.Key;

    /// <summary>The key of a grain addressed by Guid.</summary>
    public Guid GetPrimaryKey() => GrainId.GetGuidKey();

    /// <summary>The key of a grain addressed by integer.</summary>
    public long GetPrimaryKeyLong() => GrainId.GetIntegerKey();

    /// <summary>Runs after the state is loaded and before the first message.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the activation is being deactivated, after its last message. Not called if the
    /// process dies: durable work must not depend on it.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current message has finished.</summary>
    protected void DeactivateOnIdle() => _activation.TryRequestDeactivation(DeactivationReason.Requested);

    /// <summary>Starts a timer whose callback runs as a turn of this grain (never concurrently with a
    /// message), first after <paramref name="dueTime"/>, then <paramref name="period"/> after each callback
    /// finishes. It stops when the grain deactivates; use a reminder for anything that must survive that.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return GrainTimer.Start(_activation, callback, dueTime, period);
    }

    /// <summary>Registers (or moves) a durable reminder: it survives deactivation and silo restarts and
    /// activates the grain when due. The grain must implement <see cref="IRemindable"/>.</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"{GetType().Name} must implement IRemindable to register reminders.");
        }

        return Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);
    }

    /// <summary>Removes a durable reminder of this grain.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Reminders.UnregisterAsync(GrainId, reminder.ReminderName);
    }

    /// <summary>The named reminder of this grain, or null.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) => Task.FromResult(Reminders.Find(GrainId, reminderName));

    private ReminderService Reminders => _activation.Services.ServiceProvider.GetRequiredService<ReminderService>();
}
