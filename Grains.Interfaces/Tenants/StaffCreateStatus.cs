namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>What creating a staff account did.</summary>
[GenerateSerializer, Alias("checkin.StaffCreateStatus")]
public enum StaffCreateStatus
{
    /// <summary>The account was created.</summary>
    Created,

    /// <summary>The username is taken; nothing changed.</summary>
    UsernameTaken,

    /// <summary>The username is malformed.</summary>
    InvalidUsername,

    /// <summary>The password is too short or too long.</summary>
    InvalidPassword,

    /// <summary>The role is unknown, or not one a tenant's staff may have.</summary>
    InvalidRole,

    /// <summary>The tenant does not exist.</summary>
    UnknownTenant,
}
