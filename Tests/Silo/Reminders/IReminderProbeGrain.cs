namespace CheckIn.Tests.Silo.Reminders;

/// <summary>A grain that registers a reminder on request and signals <see cref="ReminderProbeSignals"/> when it ticks.</summary>
[Alias("CheckIn.Tests.Silo.Reminders.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task RegisterAsync(TimeSpan dueTime, TimeSpan period);

    Task UnregisterAsync();

    Task<string> PingAsync();
}
