namespace CheckIn.Benchmarks.Faults;

/// <summary>What one booking request of the fault load got.</summary>
internal enum FaultOutcome
{
    /// <summary>201: the reservation is acknowledged.</summary>
    Created,

    /// <summary>409 <c>slot_full</c>: the slot answered, with no seat left.</summary>
    SlotFull,

    /// <summary>Any other 4xx: a refusal (ends the resident's attempts).</summary>
    Refused,

    /// <summary>503: a dependency is down or the engine is overloaded (retried after Retry-After).</summary>
    Unavailable,

    /// <summary>500 or any 5xx other than 503: never acceptable.</summary>
    ServerError,

    /// <summary>No HTTP answer: connection refused or reset (the web front itself is down).</summary>
    Unreachable,

    /// <summary>No answer within the client's timeout.</summary>
    NoAnswer,
}
