using System.Collections.Concurrent;

namespace CheckIn.Tests.Silo.Reminders;

/// <summary>Process-wide signals keyed by grain key: the silos of a test run in the test's process.</summary>
internal static class ReminderProbeSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_signals = new();

    public static Task WhenSignalled(string key) =>
        s_signals.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public static void Signal(string key) =>
        s_signals.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
