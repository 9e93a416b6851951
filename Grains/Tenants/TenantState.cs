namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a tenant grain.</summary>
public sealed class TenantState
{
    public string? Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public List<string> Staff { get; set; } = [];
}
