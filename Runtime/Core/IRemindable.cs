namespace CheckIn.Runtime;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Called, as a turn of the grain, when the reminder is due.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
