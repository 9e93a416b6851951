namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A tenant (a municipality), keyed by its tenant id. It exists once created; its staff accounts
/// are created through it so that a tenant role always names an existing tenant.</summary>
[Alias("checkin.ITenantGrain")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates the tenant with this grain's key as id; creating it twice is refused.</summary>
    Task<TenantCreateStatus> CreateAsync(string name, string createdBy);

    /// <summary>The tenant, or null when it was never created.</summary>
    Task<TenantInfo?> GetAsync();

    /// <summary>Creates a staff account of a tenant role in this tenant.</summary>
    Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account);

    /// <summary>The usernames of this tenant's staff, in creation order.</summary>
    Task<IReadOnlyList<string>> GetStaffAsync();
}
