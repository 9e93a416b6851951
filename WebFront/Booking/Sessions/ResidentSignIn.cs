using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;

namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>Signs a resident in with a voucher number and birth date, for the API and the pages alike.
/// Malformed input takes the same answer as an unknown voucher or a wrong date, and counts as a failure
/// of the client address, so probing for numbers is limited whatever shape the guesses take.</summary>
public sealed partial class ResidentSignIn(IGrainFactory grains, ResidentSignInLimiter limiter, ResidentSessions sessions, ILogger<ResidentSignIn> logger)
{
    public async Task<ResidentSignInResult> SignInAsync(string campaignId, string? voucherNumber, string? birthDate, string clientAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignId);
        if (limiter.Blocked(clientAddress) is { } wait)
        {
            return new ResidentSignInResult(ResidentSignInStatus.LockedOut, RetryAfter: wait);
        }

        var number = BookingInput.NormalizeVoucherNumber(voucherNumber);
        if (!VoucherNumbers.IsWellFormed(number) || !BookingInput.TryParseBirthDate(birthDate, out var date))
        {
            return Failed(clientAddress);
        }

        SessionGrant grant;
        try
        {
            grant = await grains.Reference<IVoucherGrain>(BookingKeys.Voucher(campaignId, number)).SignIn(date).ConfigureAwait(false);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.InvalidVoucher)
        {
            return Failed(clientAddress);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.LockedOut)
        {
            LogVoucherLocked(logger, campaignId);
            return new ResidentSignInResult(ResidentSignInStatus.LockedOut, RetryAfter: e.RetryAfter);
        }

        return new ResidentSignInResult(ResidentSignInStatus.Succeeded, await sessions.IssueAsync(grant).ConfigureAwait(false));
    }

    private ResidentSignInResult Failed(string clientAddress)
    {
        limiter.RecordFailure(clientAddress);
        if (limiter.Blocked(clientAddress) is not null)
        {
            // Logged when the address reaches the limit: later attempts are refused before they count.
            LogAddressLocked(logger, clientAddress);
        }

        return new ResidentSignInResult(ResidentSignInStatus.InvalidVoucher);
    }
}
