using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Grains.Tenants;

/// <summary>A tenant, keyed by tenant id. Creates its staff accounts so that a tenant role never names a
/// tenant that does not exist.</summary>
public sealed class TenantGrain([PersistentState("tenant")] IPersistentState<TenantState> state, TimeProvider timeProvider) : Grain, ITenantGrain
{
    private bool Exists => state.State.Name is not null;

    public async Task<TenantCreateStatus> CreateAsync(string name, string createdBy)
    {
        if (!StaffRules.IsValidTenantId(this.GetPrimaryKeyString()) || !StaffRules.IsValidTenantName(name))
        {
            return TenantCreateStatus.Invalid;
        }

        if (Exists)
        {
            return TenantCreateStatus.AlreadyExists;
        }

        state.State.Name = name.Trim();
        state.State.CreatedAt = timeProvider.GetUtcNow();
        state.State.CreatedBy = createdBy;
        await state.WriteStateAsync();
        return TenantCreateStatus.Created;
    }

    public Task<TenantInfo?> GetAsync()
        => Task.FromResult(Exists
            ? new TenantInfo(this.GetPrimaryKeyString(), state.State.Name!, state.State.CreatedAt, state.State.CreatedBy ?? "")
            : null);

    public async Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!Exists)
        {
            return StaffCreateStatus.UnknownTenant;
        }

        if (!StaffRoles.IsTenantRole(account.Role))
        {
            return StaffCreateStatus.InvalidRole;
        }

        var status = await GrainFactory.GetGrain<IStaffAccountGrain>(account.Username)
            .CreateAsync(account with { Tenant = this.GetPrimaryKeyString() });
        if (status == StaffCreateStatus.Created)
        {
            state.State.Staff.Add(account.Username);
            await state.WriteStateAsync();
        }

        return status;
    }

    public Task<IReadOnlyList<string>> GetStaffAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Staff]);
}
