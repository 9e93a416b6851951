using System.Collections.Concurrent;

namespace CheckIn.Tests.Web.Grains;

/// <summary>Non-reentrant: while one <see cref="Hold"/> waits, every other call to the activation waits in its queue.</summary>
public sealed class OverloadProbeGrain : Grain, IOverloadProbeGrain
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_gates = new(StringComparer.Ordinal);

    /// <summary>Lets every present and future <see cref="Hold"/> of the grain <paramref name="key"/> complete.</summary>
    public static void Release(string key) => Gate(key).TrySetResult();

    public Task Hold() => Gate(this.GetPrimaryKeyString()).Task;

    private static TaskCompletionSource Gate(string key) => s_gates.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
