using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Hosting;

/// <summary>Rejects web front settings that cannot work, naming the setting.</summary>
internal sealed class WebFrontOptionsValidator : IValidateOptions<WebFrontOptions>
{
    public ValidateOptionsResult Validate(string? name, WebFrontOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes < 1)
        {
            failures.Add($"{WebFrontOptions.SectionName}:{nameof(WebFrontOptions.MaxRequestBodyBytes)} must be at least 1.");
        }

        if (options.RetryAfterSeconds < 1)
        {
            failures.Add($"{WebFrontOptions.SectionName}:{nameof(WebFrontOptions.RetryAfterSeconds)} must be at least 1.");
        }

        if (options.DashboardRefresh < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"{WebFrontOptions.SectionName}:{nameof(WebFrontOptions.DashboardRefresh)} must be at least 100 ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
