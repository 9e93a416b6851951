using System.Text.RegularExpressions;

namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>The shapes of tenant ids, usernames and passwords. The web front checks them to answer 400
/// early; the grains check them again, since they are the ones that keep the data.</summary>
public static partial class StaffRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int PasswordMinLength = 12;

    /// <summary>The longest password accepted (bounds the key-derivation input).</summary>
    public const int PasswordMaxLength = 256;

    /// <summary>The longest tenant display name.</summary>
    public const int TenantNameMaxLength = 200;

    /// <summary>A tenant id as API.md defines it: <c>[a-z0-9-]{2,40}</c>.</summary>
    public static bool IsValidTenantId(string? id) => id is not null && TenantIdPattern().IsMatch(id);

    /// <summary>A username: 2 to 64 of lowercase letters, digits, '.', '_' and '-', starting with a letter or digit.</summary>
    public static bool IsValidUsername(string? username) => username is not null && UsernamePattern().IsMatch(username);

    /// <summary>A password of acceptable length (no composition rules: length is what counts).</summary>
    public static bool IsValidPassword(string? password)
        => password is not null && password.Length is >= PasswordMinLength and <= PasswordMaxLength;

    /// <summary>A non-blank tenant name of at most <see cref="TenantNameMaxLength"/> characters.</summary>
    public static bool IsValidTenantName(string? name)
        => !string.IsNullOrWhiteSpace(name) && name.Length <= TenantNameMaxLength;

    [GeneratedRegex("^[a-z0-9-]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex TenantIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
