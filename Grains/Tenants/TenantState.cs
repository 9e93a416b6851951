namespace CheckIn.Grains.Tenants;

/// <summary>The stored state of a tenant grain.</summary>
[GenerateSerializer, Alias("checkin.state.TenantState")]
public sealed class TenantState
{
    [Id(0)]
    public string? Name { get; set; }

    [Id(1)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(2)]
    public string? CreatedBy { get; set; }

    [Id(3)]
    public List<string> Staff { get; set; } = [];
}
