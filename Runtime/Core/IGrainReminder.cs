namespace CheckIn.Runtime;

/// <summary>A registered durable reminder.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique per grain.</summary>
    string ReminderName { get; }
}
