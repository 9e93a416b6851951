namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A staff account to create.</summary>
/// <param name="Username">The account's username; also the staff account grain's key.</param>
/// <param name="Password">The password in clear; only its salted hash is stored.</param>
/// <param name="Role">One of <see cref="StaffRoles"/>.</param>
/// <param name="Tenant">The tenant for tenant roles; null for <see cref="StaffRoles.Admin"/>.</param>
/// <param name="CreatedBy">The username of the staff member creating it (or "system").</param>
[GenerateSerializer, Immutable, Alias("checkin.NewStaffAccount")]
public sealed record NewStaffAccount(string Username, string Password, string Role, string? Tenant, string CreatedBy);
