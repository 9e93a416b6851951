namespace CheckIn.Runtime.Reminders;

/// <summary>A handle to a registered reminder.</summary>
internal sealed record GrainReminder(string ReminderName) : IGrainReminder;
