namespace CheckIn.Benchmarks.Burst;

/// <summary>A stampede's campaign read back from the database against what the client was told.</summary>
/// <param name="StoredActive">Active reservations the slots hold.</param>
/// <param name="Confirmed">Reservations confirmed to the client.</param>
/// <param name="Missing">Confirmed reservations no slot holds as active.</param>
/// <param name="MissingAtResident">Confirmed reservations their resident does not hold as active.</param>
/// <param name="Extra">Active reservations never confirmed to the client.</param>
/// <param name="ExtraUnsettled">Of those, the ones their slot holds unsettled (the resident's side never stored them;
/// the slot's reconciliation releases them).</param>
/// <param name="ResidentMismatches">Residents whose active reservations differ from what they were told.</param>
/// <param name="OverbookedSeats">Seats sold beyond capacity, summed over the slots.</param>
/// <param name="OverbookedSlots">Slots holding more active reservations than seats.</param>
/// <param name="StoredDoubles">Residents holding more than one active reservation in the slots.</param>
internal sealed record StampedeReadBack(int StoredActive, int Confirmed, int Missing, int MissingAtResident, int Extra, int ExtraUnsettled, int ResidentMismatches, int OverbookedSeats, int OverbookedSlots, int StoredDoubles)
{
    /// <summary>Acknowledged and lost: confirmed, but not held by its slot or by its resident.</summary>
    public int Lost => Math.Max(Missing, MissingAtResident);
}
