using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Timers;

/// <summary>A grain timer. Each tick is delivered as a message through the activation's queue, so the
/// callback runs in a turn of the grain; the next tick is armed only after the callback has finished,
/// so ticks never overlap. Ticks do not keep an idle grain alive.</summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly CancellationTokenSource _stopped = new();
    private readonly ITimer _timer;
    private TimeSpan _period;

    private GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        _timer = activation.Services.Time.CreateTimer(static state => ((GrainTimer)state!).Tick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public static GrainTimer Start(ActivationData activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(activation, callback, period);
        activation.Lifecycle.AddTimer(timer);
        timer._timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        return timer;
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        Stop();
        _activation.Lifecycle.RemoveTimer(this);
    }

    public void Stop()
    {
        if (!_stopped.IsCancellationRequested)
        {
            _stopped.Cancel();
            _timer.Dispose();
        }
    }

    private void Tick()
    {
        if (_stopped.IsCancellationRequested)
        {
            return;
        }

        var tick = new TimerTickRequest(_callback, _stopped.Token);
        ((IInvokable)tick).SentTimestamp = _activation.Services.Time.GetTimestamp();
        if (_activation.TryEnqueue(tick) != EnqueueResult.Enqueued)
        {
            // Overloaded or deactivating: skip this tick rather than pile up more work.
            Rearm();
            return;
        }

        tick.Task.ContinueWith(static (_, state) => ((GrainTimer)state!).Rearm(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Rearm()
    {
        if (_stopped.IsCancellationRequested || _period == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        try
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Stopped between the check and the change.
        }
    }
}
