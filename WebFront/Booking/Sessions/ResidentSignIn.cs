using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using CheckIn.Grains.Interfaces.Throttling;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>Signs a resident in with a voucher number and birth date, for the API and the pages alike.
/// Malformed input takes the same answer as an unknown voucher or a wrong date, and counts as a failure
/// of the client address, so probing for numbers is limited whatever shape the guesses take. The failures of an
/// address are counted by its grain (<see cref="AddressFailureKeys.Resident"/>), one count for every web front,
/// always, whatever <c>RateLimiting:Enabled</c> says; the voucher's own lockout (after repeated failures of one
/// number) is the voucher grain's.</summary>
public sealed partial class ResidentSignIn(IGrainFactory grains, IOptions<BookingWebOptions> options, ResidentSessions sessions, ILogger<ResidentSignIn> logger)
{
    public async Task<ResidentSignInResult> SignInAsync(string campaignId, string? voucherNumber, string? birthDate, string clientAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignId);
        ArgumentNullException.ThrowIfNull(clientAddress);
        var addressFailures = grains.Reference<IAddressFailureGrain>(AddressFailureKeys.Resident(clientAddress));
        var limit = new FailureLimit(options.Value.MaxSignInFailuresPerAddress, options.Value.SignInFailureWindow);
        if (await addressFailures.GetBlockedAsync(limit).ConfigureAwait(false) is { } wait)
        {
            return new ResidentSignInResult(ResidentSignInStatus.LockedOut, RetryAfter: wait);
        }

        var number = BookingInput.NormalizeVoucherNumber(voucherNumber);
        if (!VoucherNumbers.IsWellFormed(number) || !BookingInput.TryParseBirthDate(birthDate, out var date))
        {
            return await FailedAsync(addressFailures, limit, clientAddress).ConfigureAwait(false);
        }

        SessionGrant grant;
        try
        {
            grant = await grains.Reference<IVoucherGrain>(BookingKeys.Voucher(campaignId, number)).SignIn(date).ConfigureAwait(false);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.InvalidVoucher)
        {
            return await FailedAsync(addressFailures, limit, clientAddress).ConfigureAwait(false);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.LockedOut)
        {
            LogVoucherLocked(logger, campaignId);
            return new ResidentSignInResult(ResidentSignInStatus.LockedOut, RetryAfter: e.RetryAfter);
        }

        return new ResidentSignInResult(ResidentSignInStatus.Succeeded, await sessions.IssueAsync(grant).ConfigureAwait(false));
    }

    private async Task<ResidentSignInResult> FailedAsync(IAddressFailureGrain addressFailures, FailureLimit limit, string clientAddress)
    {
        if (await addressFailures.RecordFailureAsync(limit).ConfigureAwait(false) is not null)
        {
            // Logged when the address reaches the limit: later attempts are refused before they count.
            LogAddressLocked(logger, clientAddress);
        }

        return new ResidentSignInResult(ResidentSignInStatus.InvalidVoucher);
    }
}
