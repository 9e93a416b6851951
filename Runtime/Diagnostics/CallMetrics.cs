using System.Diagnostics;
using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>Records per-call and per-activation measurements into <see cref="RuntimeMetrics"/>. Each
/// method checks whether anyone listens before it builds tags, so an unobserved silo pays a branch.</summary>
internal sealed class CallMetrics(TimeProvider time)
{
    public void OnCallCompleted(ActivationData activation, IInvokable request, Exception? failure)
    {
        if (RuntimeMetrics.Calls.Enabled)
        {
            var outcome = failure switch
            {
                null => "ok",
                _ => "error",
            };
            var tags = new TagList
            {
                { "grain.type", activation.ClassInfo.GrainType },
                { "grain.method", request.MethodName },
                { "outcome", outcome },
            };
            RuntimeMetrics.Calls.Add(1, tags);
        }

        if (RuntimeMetrics.CallDuration.Enabled)
        {
            var tags = new TagList
            {
                { "grain.type", activation.ClassInfo.GrainType },
                { "grain.method", request.MethodName },
            };
            RuntimeMetrics.CallDuration.Record(time.GetElapsedTime(request.SentTimestamp).TotalMilliseconds, tags);
        }
    }

    public void OnRejected(ActivationData activation)
    {
        if (RuntimeMetrics.RejectedCalls.Enabled)
        {
            RuntimeMetrics.RejectedCalls.Add(1, new KeyValuePair<string, object?>("grain.type", activation.ClassInfo.GrainType));
        }
    }

    public void OnTimedOut(ActivationData activation)
    {
        if (RuntimeMetrics.TimedOutCalls.Enabled)
        {
            RuntimeMetrics.TimedOutCalls.Add(1, new KeyValuePair<string, object?>("grain.type", activation.ClassInfo.GrainType));
        }
    }

    public void OnActivated(ActivationData activation)
    {
        if (RuntimeMetrics.Activations.Enabled)
        {
            RuntimeMetrics.Activations.Add(1, new KeyValuePair<string, object?>("grain.type", activation.ClassInfo.GrainType));
        }
    }

    public void OnDeactivated(ActivationData activation)
    {
        if (RuntimeMetrics.Activations.Enabled)
        {
            RuntimeMetrics.Activations.Add(-1, new KeyValuePair<string, object?>("grain.type", activation.ClassInfo.GrainType));
        }
    }

    public void OnEnqueued(int queueLength)
    {
        if (RuntimeMetrics.QueueDepth.Enabled)
        {
            RuntimeMetrics.QueueDepth.Record(queueLength);
        }
    }
}
