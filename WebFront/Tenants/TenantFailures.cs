using CheckIn.WebFront.Errors;

namespace CheckIn.WebFront.Tenants;

/// <summary>The failures of the tenant endpoints.</summary>
internal static class TenantFailures
{
    public static readonly DomainFailure TenantExists = new(StatusCodes.Status409Conflict, "tenant_exists", "A tenant with this id exists already");
    public static readonly DomainFailure UnknownTenant = new(StatusCodes.Status404NotFound, "unknown_tenant", "No such tenant");
    public static readonly DomainFailure UsernameTaken = new(StatusCodes.Status409Conflict, "username_taken", "This username is taken");
    public static readonly DomainFailure InvalidRole = new(StatusCodes.Status400BadRequest, "invalid_role", "The role must be municipality-admin, health-officer or venue-operator");
    public static readonly DomainFailure InvalidUsername = new(StatusCodes.Status400BadRequest, "invalid_username", "The username must be 2 to 64 lowercase letters, digits, '.', '_' or '-'");
    public static readonly DomainFailure InvalidPassword = new(StatusCodes.Status400BadRequest, "invalid_password", "The password must have 12 to 256 characters");
}
