using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Tenants;

/// <summary>A staff account, keyed by username. Recent sign-in failures are kept in memory only: a lockout
/// is a short-lived defence, and losing it with the activation costs an attacker nothing he could not
/// get by waiting for the window.</summary>
public sealed class StaffAccountGrain(
    [PersistentState("account")] IPersistentState<StaffAccountState> state,
    IOptions<StaffLockoutOptions> lockout,
    TimeProvider timeProvider) : Grain, IStaffAccountGrain
{
    private readonly Queue<DateTimeOffset> _failures = new();

    private bool Exists => state.State.PasswordHash is not null;

    public async Task<StaffCreateStatus> CreateAsync(NewStaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!StaffRules.IsValidUsername(account.Username) || account.Username != this.GetPrimaryKeyString())
        {
            return StaffCreateStatus.InvalidUsername;
        }

        var roleFits = account.Role == StaffRoles.Admin
            ? account.Tenant is null
            : StaffRoles.IsTenantRole(account.Role) && StaffRules.IsValidTenantId(account.Tenant);
        if (!roleFits)
        {
            return StaffCreateStatus.InvalidRole;
        }

        if (!StaffRules.IsValidPassword(account.Password))
        {
            return StaffCreateStatus.InvalidPassword;
        }

        if (Exists)
        {
            return StaffCreateStatus.UsernameTaken;
        }

        state.State.Role = account.Role;
        state.State.Tenant = account.Tenant;
        state.State.PasswordHash = PasswordHasher.Hash(account.Password);
        state.State.CreatedAt = timeProvider.GetUtcNow();
        state.State.CreatedBy = account.CreatedBy;
        await state.WriteStateAsync();
        return StaffCreateStatus.Created;
    }

    public Task<StaffSignInResult> SignInAsync(string password)
    {
        var now = timeProvider.GetUtcNow();
        var options = lockout.Value;
        while (_failures.TryPeek(out var oldest) && oldest + options.Window <= now)
        {
            _failures.Dequeue();
        }

        if (_failures.Count >= options.MaxFailures)
        {
            return Task.FromResult(new StaffSignInResult(StaffSignInStatus.LockedOut, null, _failures.Peek() + options.Window - now));
        }

        var valid = password is { Length: <= StaffRules.PasswordMaxLength }
            & PasswordHasher.Verify(password ?? "", state.State.PasswordHash ?? PasswordHasher.DummyHash)
            & Exists;
        if (!valid)
        {
            _failures.Enqueue(now);
            return Task.FromResult(new StaffSignInResult(StaffSignInStatus.Failed, null, TimeSpan.Zero));
        }

        _failures.Clear();
        return Task.FromResult(new StaffSignInResult(StaffSignInStatus.Succeeded, ToAccount(), TimeSpan.Zero));
    }

    public Task<StaffAccount?> GetAsync() => Task.FromResult(Exists ? ToAccount() : null);

    public async Task GrantVenueAsync(string venueId)
    {
        ArgumentException.ThrowIfNullOrEmpty(venueId);
        if (!Exists)
        {
            throw new InvalidOperationException($"Staff account '{this.GetPrimaryKeyString()}' does not exist.");
        }

        if (!state.State.Venues.Contains(venueId))
        {
            state.State.Venues.Add(venueId);
            await state.WriteStateAsync();
        }
    }

    public Task<bool> HasVenueAsync(string venueId) => Task.FromResult(Exists && state.State.Venues.Contains(venueId));

    private StaffAccount ToAccount() => new(this.GetPrimaryKeyString(), state.State.Role!, state.State.Tenant, state.State.CreatedAt);
}
