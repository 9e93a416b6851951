namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a staff account grain. Holds the password's salted hash, never the password.</summary>
[GenerateSerializer, Alias("checkin.state.StaffAccountState")]
public sealed class StaffAccountState
{
    [Id(0)]
    public string? Role { get; set; }

    [Id(1)]
    public string? Tenant { get; set; }

    [Id(2)]
    public string? PasswordHash { get; set; }

    [Id(3)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(4)]
    public string? CreatedBy { get; set; }

    [Id(5)]
    public List<string> Venues { get; set; } = [];
}
