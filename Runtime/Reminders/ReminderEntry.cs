namespace CheckIn.Runtime.Reminders;

/// <summary>A durable reminder: it first fires at <paramref name="FirstTickAt"/>, then every <paramref name="Period"/>.</summary>
/// <param name="GrainId">The grain the reminder activates.</param>
/// <param name="Name">The reminder's name, unique per grain.</param>
/// <param name="FirstTickAt">When the first tick is due.</param>
/// <param name="Period">The time between ticks.</param>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTimeOffset FirstTickAt, TimeSpan Period);
