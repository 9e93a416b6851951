namespace CheckIn.Tests.Silo.Reminders;

/// <summary>Registers its reminder on request and signals <see cref="ReminderProbeSignals"/> on every tick.</summary>
internal sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public async Task RegisterAsync(TimeSpan dueTime, TimeSpan period) =>
        await this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public async Task UnregisterAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<string> PingAsync() => Task.FromResult(RuntimeIdentity);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderProbeSignals.Signal(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
