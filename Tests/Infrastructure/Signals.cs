using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CheckIn.Tests.Infrastructure;

/// <summary>Named gates and counters shared between a test and the grains it drives. Every test uses its
/// own names (a fresh Guid), so tests never see each other's signals.</summary>
public static class Signals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_gates = new();
    private static readonly ConcurrentDictionary<string, StrongBox<int>> s_counters = new();

    public static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A gate grains await; the test opens it.</summary>
    public static Task Gate(string name) => GateSource(name).Task;

    public static void Open(string name) => GateSource(name).TrySetResult();

    public static int Increment(string name) => Interlocked.Increment(ref Counter(name).Value);

    public static int Decrement(string name) => Interlocked.Decrement(ref Counter(name).Value);

    public static int Read(string name) => Volatile.Read(ref Counter(name).Value);

    /// <summary>Raises the recorded maximum of <paramref name="name"/> to <paramref name="value"/>.</summary>
    public static void RecordMax(string name, int value)
    {
        var box = Counter(name);
        int current;
        while ((current = Volatile.Read(ref box.Value)) < value && Interlocked.CompareExchange(ref box.Value, value, current) != current)
        {
        }
    }

    private static TaskCompletionSource GateSource(string name)
        => s_gates.GetOrAdd(name, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static StrongBox<int> Counter(string name) => s_counters.GetOrAdd(name, static _ => new StrongBox<int>());
}
