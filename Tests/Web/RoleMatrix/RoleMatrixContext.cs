using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>What a row needs to build its request: the tenants, the actors' usernames and tokens, and an
/// admin client for setting resources up.</summary>
public sealed class RoleMatrixContext(WebFixture fixture)
{
    /// <summary>The tenant the calls act on.</summary>
    public string Tenant => fixture.Tenant;

    public WebFixture Fixture => fixture;

    public static string Unique(string prefix) => WebFixture.Unique(prefix);

    /// <summary>The username of a signed-in actor (null for anonymous and forged).</summary>
    public string? UsernameOf(MatrixActor actor) => actor switch
    {
        MatrixActor.Admin => "admin",
        MatrixActor.MunicipalityAdmin => WebFixture.UsernameFor(fixture.Tenant, StaffRoles.MunicipalityAdmin),
        MatrixActor.HealthOfficer => WebFixture.UsernameFor(fixture.Tenant, StaffRoles.HealthOfficer),
        MatrixActor.VenueOperator => WebFixture.UsernameFor(fixture.Tenant, StaffRoles.VenueOperator),
        MatrixActor.OtherMunicipalityAdmin => WebFixture.UsernameFor(fixture.OtherTenant, StaffRoles.MunicipalityAdmin),
        MatrixActor.OtherHealthOfficer => WebFixture.UsernameFor(fixture.OtherTenant, StaffRoles.HealthOfficer),
        MatrixActor.OtherVenueOperator => WebFixture.UsernameFor(fixture.OtherTenant, StaffRoles.VenueOperator),
        _ => null,
    };

    /// <summary>The token the actor sends (none for anonymous; a well-formed token with a bad signature for forged).</summary>
    public string? TokenOf(MatrixActor actor) => actor switch
    {
        MatrixActor.Anonymous => null,
        MatrixActor.ForgedToken => Forge(fixture.TokenOf("admin")),
        _ => fixture.TokenOf(UsernameOf(actor)!),
    };

    /// <summary>An HTTP request with a JSON body.</summary>
    public static HttpRequestMessage Json(string method, string path, object body)
        => new(new HttpMethod(method), path) { Content = System.Net.Http.Json.JsonContent.Create(body) };

    public static HttpRequestMessage Empty(string method, string path) => new(new HttpMethod(method), path);

    private static string Forge(string token)
    {
        // Same header and payload, signature of another key: only the signature check can refuse it.
        var parts = token.Split('.');
        return $"{parts[0]}.{parts[1]}.{Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
    }
}
