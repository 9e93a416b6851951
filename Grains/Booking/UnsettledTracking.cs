using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A slot's side of its campaign's register of unsettled slots (<see cref="IUnsettledSlotsGrain"/>): the
/// slot is in the stored register before it stores an unsettled record. At most one registration per activation,
/// shared by the operations that wait for it, and one more after the slot has told the register that it has
/// nothing unsettled (the register may then drop it). Counts the operations between their registration and their
/// ledger step, so that the slot never says "nothing unsettled" while one of them is about to make a record
/// unsettled. Used only from the grain's own turns, which never run in parallel, so it needs no lock.</summary>
internal sealed class UnsettledTracking(Func<Task> register)
{
    private Task? _registered;

    /// <summary>Operations registered (or registering) whose ledger step has not run yet.</summary>
    public int Pending { get; private set; }

    /// <summary>Completes when the slot is in the stored register.</summary>
    public Task EnsureAsync()
    {
        if (_registered is null || _registered.IsFaulted || _registered.IsCanceled)
        {
            _registered = register();
        }

        return _registered;
    }

    /// <summary><see cref="EnsureAsync"/> for an operation that will make a record unsettled; it is pending until
    /// <see cref="Leave"/>, which the caller must reach whatever happens.</summary>
    public Task EnterAsync()
    {
        Pending++;
        return EnsureAsync();
    }

    /// <summary>The operation entered with <see cref="EnterAsync"/> has taken its ledger step (or given up).</summary>
    public void Leave() => Pending--;

    /// <summary>The slot told the register that it has nothing unsettled: the next unsettled record registers again.</summary>
    public void Forget() => _registered = null;
}
