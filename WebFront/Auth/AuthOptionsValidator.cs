using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>Rejects auth settings that cannot work, naming the setting.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.SigningKey is { } key && SigningKeyProvider.Decode(key) is null)
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.SigningKey)} must be base64 of at least 32 bytes (generate one with: openssl rand -base64 32).");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.TokenLifetime)} must be a positive time span (was {options.TokenLifetime}).");
        }

        if (options.MaxFailuresPerAddress < 1)
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.MaxFailuresPerAddress)} must be at least 1.");
        }

        if (options.FailureWindow <= TimeSpan.Zero)
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.FailureWindow)} must be a positive time span.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
