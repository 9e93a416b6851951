namespace CheckIn.Runtime.Reminders;

/// <summary>Durable reminder registrations, kept in the same database as grain state.</summary>
public interface IReminderTable
{
    /// <summary>Every registered reminder.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the reminder (grain, name). Durable when the task completes.</summary>
    Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes the reminder (grain, name); false when there was none.</summary>
    Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);
}
