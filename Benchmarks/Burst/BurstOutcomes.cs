namespace CheckIn.Benchmarks.Burst;

/// <summary>How a request of the harness ended: <see cref="Confirmed"/>, a domain refusal code (<c>slot_full</c>,
/// <c>already_booked</c>, ...), or a transport failure named here.</summary>
internal static class BurstOutcomes
{
    /// <summary>The operation did what it was asked: a reservation or check-in stored, a 200 from bare Kestrel.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>A check-in that the engine recognised as a repeat (same visitor and venue within 10 minutes).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The slot had no free seat.</summary>
    public const string SlotFull = "slot_full";

    /// <summary>The request did not complete in time (grain call timeout, HTTP client timeout).</summary>
    public const string Timeout = "timeout";

    /// <summary>The activation's queue was full, or the silo shed load (the web front answers 503).</summary>
    public const string Overloaded = "overloaded";

    /// <summary>The outcome of an operation that threw.</summary>
    public static string Of(Exception exception) => exception switch
    {
        LimitExceededException or GatewayTooBusyException => Overloaded,
        TimeoutException or TaskCanceledException => Timeout,
        HttpRequestException http => http.StatusCode is { } status ? $"http_{(int)status}" : "http_error",
        _ => "exception:" + exception.GetType().Name,
    };
}
