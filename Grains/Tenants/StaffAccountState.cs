namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a staff account grain. Holds the password's salted hash, never the password.</summary>
public sealed class StaffAccountState
{
    public string? Role { get; set; }

    public string? Tenant { get; set; }

    public string? PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public List<string> Venues { get; set; } = [];
}
