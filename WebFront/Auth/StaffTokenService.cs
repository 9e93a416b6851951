using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>Issues and checks staff tokens: <see cref="SignedTokens"/> for the purpose "staff" carrying who,
/// which role and tenant, until when.</summary>
internal sealed class StaffTokenService(SignedTokens tokens, TimeProvider time, IOptions<AuthOptions> options)
{
    public const string Purpose = "staff";

    public async Task<IssuedToken> IssueAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds((now + options.Value.TokenLifetime).ToUnixTimeSeconds());
        var payload = new StaffTokenPayload(account.Username, account.Role, account.Tenant, now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds());
        return new IssuedToken(await tokens.CreateAsync(Purpose, payload, expires).ConfigureAwait(false), expires);
    }

    /// <summary>The payload of a well-formed, correctly signed, unexpired staff token; otherwise null.</summary>
    public async Task<StaffTokenPayload?> ValidateAsync(string token)
    {
        var payload = await tokens.ReadAsync<StaffTokenPayload>(Purpose, token).ConfigureAwait(false);
        var valid = payload is not null
            && payload.ExpiresAt > time.GetUtcNow().ToUnixTimeSeconds()
            && StaffRules.IsValidUsername(payload.Username)
            && (payload.Role == StaffRoles.Admin || StaffRoles.IsTenantRole(payload.Role));
        return valid ? payload : null;
    }
}
