using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Reminders;

/// <summary>A due reminder, delivered to its grain as a message.</summary>
internal sealed class ReminderTickRequest(string name, TickStatus status) : Request<VoidResult>
{
    public override string MethodName => nameof(IRemindable.ReceiveReminder);

    protected override ValueTask<VoidResult> InvokeAsync(object grain)
        => grain is IRemindable remindable
            ? VoidResult.From(remindable.ReceiveReminder(name, status))
            : throw new InvalidOperationException($"Grain class {grain.GetType().Name} has reminders but does not implement IRemindable.");
}
