using System.Net;
using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>Every staff endpoint with who may call it (API.md). Later issues add their endpoints here:
/// <c>RoleMatrixTests.RoleMatrix_CoversEveryAuthorizedEndpoint</c> fails for an authorized endpoint
/// without a row.</summary>
public static class RoleMatrixRows
{
    private static readonly HashSet<MatrixActor> s_adminOnly = [MatrixActor.Admin];
    private static readonly HashSet<MatrixActor> s_allStaff =
    [
        MatrixActor.Admin,
        MatrixActor.MunicipalityAdmin,
        MatrixActor.HealthOfficer,
        MatrixActor.VenueOperator,
        MatrixActor.OtherMunicipalityAdmin,
        MatrixActor.OtherHealthOfficer,
        MatrixActor.OtherVenueOperator,
    ];

    public static IReadOnlyList<RoleMatrixRow> All { get; } =
    [
        new("POST", "/api/tenants", s_adminOnly, HttpStatusCode.Created,
            (_, _) => Task.FromResult(RoleMatrixContext.Json("POST", "/api/tenants", new { id = RoleMatrixContext.Unique("m"), name = "Matrix" }))),
        new("POST", "/api/tenants/{tenant}/staff", new HashSet<MatrixActor> { MatrixActor.Admin, MatrixActor.MunicipalityAdmin }, HttpStatusCode.Created,
            (c, _) => Task.FromResult(RoleMatrixContext.Json("POST", $"/api/tenants/{c.Tenant}/staff",
                new { username = RoleMatrixContext.Unique("s"), password = WebFixture.StaffPassword, role = StaffRoles.HealthOfficer }))),
        new("GET", "/api/cluster", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/api/cluster"))),
        new("GET", "/dashboard", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/dashboard"))),
        new("GET", "/dashboard/live", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/dashboard/live"))),
        new("GET", "/staff", s_allStaff, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/staff"))),
    ];
}
