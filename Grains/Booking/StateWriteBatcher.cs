namespace CheckIn.Grains.Booking;

/// <summary>Group commit inside one reentrant grain: callers that ask for a write while one is in flight
/// share the next one, which stores every change made meanwhile. A hot slot thus makes one durable write
/// per storage commit instead of one per reservation. Used only from the grain's own turns, which never
/// run in parallel, so it needs no lock.</summary>
internal sealed class StateWriteBatcher(Func<Task> write)
{
    private TaskCompletionSource? _next;
    private bool _running;

    /// <summary>Completes when a write that started after this call has stored the state.</summary>
    public Task WriteAsync()
    {
        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _next.Task;
        if (!_running)
        {
            _running = true;
            _ = PumpAsync();
        }

        return task;
    }

    private async Task PumpAsync()
    {
        try
        {
            while (_next is { } batch)
            {
                _next = null;
                try
                {
                    await write();
                    batch.TrySetResult();
                }
                catch (Exception exception)
                {
                    batch.TrySetException(exception);
                }
            }
        }
        finally
        {
            _running = false;
        }
    }
}
