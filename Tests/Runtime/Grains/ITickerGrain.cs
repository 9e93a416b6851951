using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Timers and reminders.</summary>
public interface ITickerGrain : IGrainWithStringKey
{
    /// <summary>Starts a grain timer that counts ticks under "ticker.timer.{key}".</summary>
    Task StartTimer(TimeSpan period);

    /// <summary>Registers a reminder that counts ticks under "ticker.reminder.{key}".</summary>
    Task StartReminder(TimeSpan dueTime, TimeSpan period);

    Task StopReminder();

    /// <summary>Holds the grain's turn until the gate opens.</summary>
    Task Hold(string gate);

    /// <summary>Timer ticks seen by the grain itself.</summary>
    Task<int> TimerTicks();
}
