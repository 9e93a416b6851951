using System.ComponentModel;

namespace CheckIn.Runtime.Invocation;

/// <summary>The result of a call to a method that returns <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct VoidResult
{
    /// <summary>Adapts a grain method's <see cref="Task"/> to the invoker's result type without allocating when it has completed.</summary>
    public static ValueTask<VoidResult> From(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : AwaitAsync(task);
    }

    /// <summary>Adapts a grain method's <see cref="ValueTask"/> to the invoker's result type without allocating when it has completed.</summary>
    public static ValueTask<VoidResult> From(ValueTask task)
        => task.IsCompletedSuccessfully ? default : AwaitAsync(task);

    private static async ValueTask<VoidResult> AwaitAsync(Task task)
    {
        await task;
        return default;
    }

    private static async ValueTask<VoidResult> AwaitAsync(ValueTask task)
    {
        await task;
        return default;
    }
}
