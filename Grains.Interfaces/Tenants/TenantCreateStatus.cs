namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>What <see cref="ITenantGrain.CreateAsync"/> did.</summary>
[GenerateSerializer, Alias("checkin.TenantCreateStatus")]
public enum TenantCreateStatus
{
    /// <summary>The tenant was created.</summary>
    Created,

    /// <summary>A tenant with this id exists already; nothing changed.</summary>
    AlreadyExists,

    /// <summary>The id or name is malformed; nothing changed.</summary>
    Invalid,
}
