using System.Collections.Concurrent;

namespace CheckIn.Tests.Web.Grains;

/// <summary>Non-reentrant: while one <see cref="Hold"/> waits, every other call to the activation waits in its queue.</summary>
public sealed class OverloadProbeGrain : Grain, IOverloadProbeGrain
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_gates = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_holding = new(StringComparer.Ordinal);

    /// <summary>Lets every present and future <see cref="Hold"/> of the grain <paramref name="key"/> complete.</summary>
    public static void Release(string key) => Signal(s_gates, key).TrySetResult();

    /// <summary>Completes when a <see cref="Hold"/> of the grain <paramref name="key"/> has started to run: from then
    /// on the activation is busy and a further call waits in its queue.</summary>
    public static Task WhenHolding(string key) => Signal(s_holding, key).Task;

    public Task Hold()
    {
        var key = this.GetPrimaryKeyString();
        Signal(s_holding, key).TrySetResult();
        return Signal(s_gates, key).Task;
    }

    private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string key) =>
        signals.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
