using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.RateLimits;

/// <summary>Rejects limits that cannot work, naming the setting.</summary>
internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(RateLimitingOptions.PerAddress), options.PerAddress);
        Check(failures, nameof(RateLimitingOptions.PerAccount), options.PerAccount);
        Check(failures, nameof(RateLimitingOptions.SignIn), options.SignIn);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string rule, RateLimitRule? value)
    {
        if (value is null || value.PermitLimit < 1 || value.Window <= TimeSpan.Zero)
        {
            failures.Add($"{RateLimitingOptions.SectionName}:{rule} needs PermitLimit of at least 1 and a positive Window.");
        }
    }
}
