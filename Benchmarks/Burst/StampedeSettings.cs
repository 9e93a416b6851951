namespace CheckIn.Benchmarks.Burst;

/// <summary>The opening-day stampede: <see cref="Residents"/> residents, signed in before the opening, all try to
/// book at the opening instant one of <see cref="Slots"/> slots of <see cref="Capacity"/> seats, each trying up to
/// <see cref="AttemptsPerResident"/> different slots while refused with <c>slot_full</c>; the client runs
/// <see cref="Concurrency"/> requests at a time.</summary>
internal sealed record StampedeSettings(int Residents, int Slots, int Capacity, int AttemptsPerResident, int Concurrency, int Seed = 7)
{
    public int Seats => Slots * Capacity;

    public string Describe() => $"R={Residents:N0}, S={Slots:N0}, C={Capacity:N0} ({Seats:N0} seats), k={AttemptsPerResident}, client concurrency {Concurrency}";

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Residents, 1, nameof(Residents));
        ArgumentOutOfRangeException.ThrowIfLessThan(Slots, 1, nameof(Slots));
        ArgumentOutOfRangeException.ThrowIfLessThan(Capacity, 1, nameof(Capacity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Capacity, 10_000, nameof(Capacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(AttemptsPerResident, 1, nameof(AttemptsPerResident));
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
    }
}
