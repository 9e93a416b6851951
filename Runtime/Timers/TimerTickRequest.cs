using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Timers;

/// <summary>A timer tick, queued like a message so that the callback runs inside a turn.</summary>
internal sealed class TimerTickRequest(Func<CancellationToken, Task> callback, CancellationToken stopped) : Request<VoidResult>
{
    public override string MethodName => "timer";

    public override InvokeFlags Flags => InternalInvokeFlags.NoKeepAlive;

    protected override ValueTask<VoidResult> InvokeAsync(object grain) => VoidResult.From(callback(stopped));
}
