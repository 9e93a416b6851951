namespace CheckIn.Benchmarks.Faults;

/// <summary>What one fault run measured: the answers by outcome, the recovery times, and the read-back against what was
/// acknowledged.</summary>
internal sealed class FaultResult
{
    public required string Fault { get; init; }

    public required string Parameters { get; init; }

    public required int Created { get; init; }

    public required int SlotFull { get; init; }

    public required int Refused { get; init; }

    public required int Unavailable { get; init; }

    public required int UnavailableWithoutRetryAfter { get; init; }

    public required int ServerErrors { get; init; }

    public required int Unreachable { get; init; }

    public required int NoAnswer { get; init; }

    /// <summary>Residents still without a definitive answer at the run's deadline.</summary>
    public required int GaveUp { get; init; }

    /// <summary>The answers other than 201 and <c>slot_full</c> by status and problem code.</summary>
    public required IReadOnlyDictionary<string, int> AnswerCodes { get; init; }

    /// <summary>When the fault struck, since the opening.</summary>
    public required TimeSpan FaultAt { get; init; }

    /// <summary>When the dependency was back (PostgreSQL answering, the web front healthy; for a killed silo, the kill:
    /// nothing comes back, the survivors take over), since the opening.</summary>
    public required TimeSpan BackAt { get; init; }

    /// <summary>From <see cref="BackAt"/> to the first 201 to a request sent after it.</summary>
    public required TimeSpan? FirstCreatedAfterBack { get; init; }

    /// <summary>From <see cref="BackAt"/> until every slot had answered a request sent after it (201 or <c>slot_full</c>).</summary>
    public required TimeSpan? AllSlotsServingAfterBack { get; init; }

    /// <summary>Reservations answered 201.</summary>
    public required int Acknowledged { get; init; }

    /// <summary>Acknowledged reservations the database (read back by a fresh silo) does not hold as active, at the slot
    /// or at the resident.</summary>
    public required int LostInDatabase { get; init; }

    /// <summary>Acknowledged reservations missing from the resident's <c>GET /reservations/mine</c> after the fault.</summary>
    public required int LostViaApi { get; init; }

    /// <summary>Slots whose stored active reservations exceed their capacity.</summary>
    public required int OverbookedSlots { get; init; }

    /// <summary>Active reservations stored.</summary>
    public required int StoredActive { get; init; }

    /// <summary>Active reservations stored that were never acknowledged (an answer lost with the fault and not asked
    /// again before the deadline): not a broken promise, but counted.</summary>
    public required int Unacknowledged { get; init; }

    /// <summary>Of <see cref="Unacknowledged"/>, those the slot holds unsettled: the resident never stored them, and the
    /// slot's reconciliation will release the seat.</summary>
    public required int UnacknowledgedUnsettled { get; init; }

    /// <summary>The slowest answer (or the client's timeout), in seconds.</summary>
    public required TimeSpan SlowestAnswer { get; init; }

    public List<string> Notes { get; } = [];

    /// <summary>Every error answer while a dependency was down is a 503 with Retry-After or, while the web front
    /// itself is down, no connection; no 5xx other than 503, no timeout, nothing lost, no slot overbooked.</summary>
    public bool Correct => ServerErrors == 0 && UnavailableWithoutRetryAfter == 0 && NoAnswer == 0 && GaveUp == 0
        && LostInDatabase == 0 && LostViaApi == 0 && OverbookedSlots == 0;
}
