namespace CheckIn.Grains.Booking;

/// <summary>Turns one durable reminder on and off from a reentrant grain without races: the intent is
/// recorded at once and the registrations run one after another, so the stored reminder always ends in
/// the last intent. Used only from the grain's own turns.</summary>
internal sealed class ReminderSwitch(Func<Task> register, Func<Task> unregister)
{
    private Task _last = Task.CompletedTask;
    private bool _on;

    /// <summary>True when the reminder is (or is being) registered.</summary>
    public bool IsOn => _on;

    /// <summary>Records that the reminder is known to be registered (found at activation).</summary>
    public void AssumeOn() => _on = true;

    /// <summary>Completes when the reminder is registered.</summary>
    public Task EnsureOnAsync()
    {
        if (_on && !_last.IsFaulted)
        {
            return _last;
        }

        _on = true;
        _last = AfterAsync(_last, register);
        return _last;
    }

    /// <summary>Completes when the reminder is removed.</summary>
    public Task TurnOffAsync()
    {
        if (!_on)
        {
            return _last;
        }

        _on = false;
        _last = AfterAsync(_last, unregister);
        return _last;
    }

    private static async Task AfterAsync(Task previous, Func<Task> next)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The previous change failed and its caller saw it; this one goes ahead regardless.
        }

        await next();
    }
}
