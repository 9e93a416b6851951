
namespace CheckIn.Grains.CheckIn;

/// <summary>Writes a reentrant grain's state with at most one write in flight: callers that arrive while a write
/// runs share the next one, which carries every change made until it starts. A hot grain thus makes one durable
/// write per storage round trip however many calls it serves, and never races itself on the ETag.</summary>
/// <remarks>Used only from the grain's own turns, which never run in parallel, so it needs no locks.</remarks>
internal sealed class CoalescingWriter<TState>(IPersistentState<TState> state)
{
    private bool _writing;
    private TaskCompletionSource? _next;

    /// <summary>Completes when a write that started after this call (and so includes the caller's changes) is durable.</summary>
    public Task WriteAsync()
    {
        if (!_writing)
        {
            return WriteNowAsync();
        }

        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _next.Task;
    }

    /// <summary>Waits for the writes in flight, then clears the stored state.</summary>
    public async Task ClearAsync()
    {
        while (_writing)
        {
            await WriteAsync();
        }

        await state.ClearStateAsync();
    }

    private async Task WriteNowAsync()
    {
        _writing = true;
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            _writing = false;
            if (_next is { } next)
            {
                _next = null;
                _ = CompleteNextAsync(next);
            }
        }
    }

    private async Task CompleteNextAsync(TaskCompletionSource next)
    {
        try
        {
            await WriteNowAsync();
            next.TrySetResult();
        }
        catch (Exception exception)
        {
            next.TrySetException(exception);
        }
    }
}
