using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Counts timer and reminder ticks.</summary>
public sealed class TickerGrain : Grain, ITickerGrain, IRemindable
{
    private int _timerTicks;
    private bool _holding;

    public Task StartTimer(TimeSpan period)
    {
        RegisterGrainTimer(
            _ =>
            {
                if (_holding)
                {
                    // A tick inside a held turn would be interleaving: make it visible.
                    Signals.Increment($"ticker.overlap.{GetPrimaryKeyString()}");
                }

                _timerTicks++;
                Signals.Increment($"ticker.timer.{GetPrimaryKeyString()}");
                return Task.CompletedTask;
            },
            period,
            period);
        return Task.CompletedTask;
    }

    public async Task StartReminder(TimeSpan dueTime, TimeSpan period) => await RegisterOrUpdateReminder("tick", dueTime, period);

    public async Task StopReminder()
    {
        var reminder = await GetReminder("tick");
        if (reminder is not null)
        {
            await UnregisterReminder(reminder);
        }
    }

    public async Task Hold(string gate)
    {
        _holding = true;
        await Signals.Gate(gate);
        _holding = false;
    }

    public Task<int> TimerTicks() => Task.FromResult(_timerTicks);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Signals.Increment($"ticker.reminder.{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }
}
