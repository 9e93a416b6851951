using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Invocation;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Messaging;

/// <summary>Fails calls older than the call timeout. One periodic sweep over the activations instead of
/// a timer per call: a call costs nothing extra, and a call is answered at most one sweep period after
/// its deadline.</summary>
internal sealed class CallTimeoutSweeper(Catalog catalog, TimeProvider time, IOptions<SiloOptions> options) : IDisposable
{
    private ITimer? _timer;

    public TimeSpan Period
    {
        get
        {
            var timeout = options.Value.CallTimeout;
            var period = timeout / 4;
            return period < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10)
                : period > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1)
                : period;
        }
    }

    public void Start() => _timer = time.CreateTimer(static state => ((CallTimeoutSweeper)state!).Sweep(), this, Period, Period);

    public void Sweep()
    {
        var now = time.GetTimestamp();
        var timeoutTicks = (long)(options.Value.CallTimeout.TotalSeconds * time.TimestampFrequency);
        var expired = new List<IInvokable>();
        foreach (var activation in catalog.Snapshot())
        {
            activation.ExpireCalls(now, timeoutTicks, expired);
            foreach (var request in expired)
            {
                activation.Services.Metrics.OnTimedOut(activation);
                request.Fail(new GrainCallTimeoutException(
                    $"Call {request.MethodName} to grain {activation.GrainId} did not complete within {options.Value.CallTimeout.TotalSeconds:0.###} s."));
            }

            expired.Clear();
        }
    }

    public void Dispose() => _timer?.Dispose();
}
