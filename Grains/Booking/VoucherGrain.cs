using CheckIn.Grains.Interfaces.Booking;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Booking;

/// <summary>A voucher register entry. Sign-in failures are counted in memory for both unknown and known
/// vouchers alike: an unknown number then costs no stored row (invented numbers fill no table), and the
/// two failures take the same path and the same time, so the answer does not tell them apart. A silo
/// restart forgets the counts, which only gives an attacker what the lockout window gives anyway.</summary>
public sealed class VoucherGrain(
    [PersistentState("voucher")] IPersistentState<VoucherState> state,
    IOptions<BookingOptions> options,
    TimeProvider timeProvider) : Grain, IVoucherGrain
{
    private readonly Queue<DateTimeOffset> _failures = new();
    private DateTimeOffset _lockedUntil;

    public async Task<VoucherRegistration> Register(DateOnly birthDate)
    {
        if (state.State.ResidentId is not null)
        {
            return VoucherRegistration.AlreadyRegistered;
        }

        // Birth date and resident id in one write: the entry is stored whole or not at all.
        state.State.BirthDate = birthDate;
        state.State.ResidentId = BookingIds.NewResidentId();
        state.State.RegisteredAt = timeProvider.GetUtcNow();
        await StateWrites.WriteAsync(state, DeactivateOnIdle, "The voucher");
        return VoucherRegistration.Registered;
    }

    public Task<SessionGrant> SignIn(DateOnly birthDate)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _lockedUntil)
        {
            throw new BookingException(BookingErrorCodes.LockedOut, "Too many failed attempts for this voucher; try again later.", _lockedUntil - now);
        }

        if (state.State.ResidentId is { } residentId && state.State.BirthDate == birthDate)
        {
            _failures.Clear();
            return Task.FromResult(new SessionGrant(BookingKeys.Split(this.GetPrimaryKeyString()).CampaignId, residentId));
        }

        var window = options.Value.LockoutDuration;
        while (_failures.Count > 0 && now - _failures.Peek() >= window)
        {
            _failures.Dequeue();
        }

        _failures.Enqueue(now);
        if (_failures.Count >= options.Value.MaxFailedSignIns)
        {
            _failures.Clear();
            _lockedUntil = now + window;
        }

        throw new BookingException(BookingErrorCodes.InvalidVoucher, "The voucher number or the birth date is not right.");
    }
}
