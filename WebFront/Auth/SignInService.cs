using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Grains.Interfaces;
using CheckIn.Grains.Interfaces.Throttling;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>One sign-in, shared by the token API and the sign-in page: the per-address failure limit (the address's
/// grain, so one count for every web front; always on, whatever <c>RateLimiting:Enabled</c> says), then the account
/// grain (which checks the password and keeps the per-account lockout), then a token.</summary>
internal sealed partial class SignInService(IGrainFactory grains, IOptions<AuthOptions> options, StaffTokenService tokens, ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> SignInAsync(string username, string password, string clientAddress)
    {
        var addressFailures = grains.Reference<IAddressFailureGrain>(AddressFailureKeys.Staff(clientAddress));
        var limit = new FailureLimit(options.Value.MaxFailuresPerAddress, options.Value.FailureWindow);
        if (await addressFailures.GetBlockedAsync(limit).ConfigureAwait(false) is { } wait)
        {
            LogThrottled(logger, clientAddress);
            return new SignInOutcome(SignInStatus.Throttled, null, wait);
        }

        var normalized = username.Trim().ToLowerInvariant();
        if (!StaffRules.IsValidUsername(normalized))
        {
            await addressFailures.RecordFailureAsync(limit).ConfigureAwait(false);
            return new SignInOutcome(SignInStatus.Failed, null, TimeSpan.Zero);
        }

        var result = await grains.Reference<IStaffAccountGrain>(normalized).SignInAsync(password).ConfigureAwait(false);
        switch (result.Status)
        {
            case StaffSignInStatus.Succeeded when result.Account is { } account:
                LogSignedIn(logger, account.Username, account.Role);
                return new SignInOutcome(SignInStatus.Succeeded, await tokens.IssueAsync(account).ConfigureAwait(false), TimeSpan.Zero);
            case StaffSignInStatus.LockedOut:
                LogLockedOut(logger, normalized);
                return new SignInOutcome(SignInStatus.LockedOut, null, result.RetryAfter);
            default:
                await addressFailures.RecordFailureAsync(limit).ConfigureAwait(false);
                LogFailed(logger, normalized, clientAddress);
                return new SignInOutcome(SignInStatus.Failed, null, TimeSpan.Zero);
        }
    }
}
