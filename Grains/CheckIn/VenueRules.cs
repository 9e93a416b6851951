using System.Text.RegularExpressions;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>Validation of venue registrations.</summary>
internal static partial class VenueRules
{
    public static void Validate(string tenant, VenueRegistration registration)
    {
        if (!TenantId().IsMatch(tenant ?? string.Empty))
        {
            throw Invalid("The tenant id must be 2 to 40 characters a-z, 0-9 and '-'.");
        }

        if (registration is null)
        {
            throw Invalid("The venue is missing.");
        }

        Text(registration.Name, "name", 1, 200);
        Text(registration.Category ?? string.Empty, "category", 0, 100);
        Text(registration.Address ?? string.Empty, "address", 0, 300);
        Text(registration.Owner, "owner", 1, 100);
    }

    private static void Text(string? value, string field, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min || length > max)
        {
            throw Invalid($"The venue's {field} must be {min} to {max} characters.");
        }

        if (value is not null && value.Any(static c => char.IsControl(c)))
        {
            throw Invalid($"The venue's {field} must not contain control characters.");
        }
    }

    private static CheckInException Invalid(string message) => new(CheckInErrorCodes.InvalidVenue, message);

    [GeneratedRegex("^[a-z0-9-]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex TenantId();
}
