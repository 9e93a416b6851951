using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A campaign's register of the slots that may hold unsettled records (key: the campaign id). A slot
/// enters it, durably, before it stores its first unsettled record; one durable reminder, on while the register
/// is not empty, asks its slots every <c>Booking:ReconcilePeriod</c> to reconcile what is older than
/// <c>Booking:SettleAfter</c>, and a slot that has nothing unsettled left leaves it. One register write and one
/// reminder per campaign thus replace one reminder per slot, whose registration (a reminder-table write in a
/// commit of its own) sat in front of the first confirmation of every slot on an opening day.</summary>
[Alias("checkin.IUnsettledSlotsGrain")]
public interface IUnsettledSlotsGrain : IGrainWithStringKey
{
    /// <summary>Completes when the slot (its id in the campaign, not its grain key) is in the stored register and
    /// the register's reminder is stored. Cheap when it already is: no write.</summary>
    Task Track(string slotId);

    /// <summary>The slots in the register (for operations and tests).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetSlots();
}
