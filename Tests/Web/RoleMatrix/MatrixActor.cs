namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>Who calls a staff endpoint in the role matrix. "Own" roles belong to the tenant the call acts
/// on; "Other" roles have the same role in another tenant.</summary>
public enum MatrixActor
{
    Anonymous,
    ForgedToken,
    Admin,
    MunicipalityAdmin,
    HealthOfficer,
    VenueOperator,
    OtherMunicipalityAdmin,
    OtherHealthOfficer,
    OtherVenueOperator,
}
