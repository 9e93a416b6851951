using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Client;

/// <summary>Rejects cluster client settings that cannot work, naming the setting.</summary>
internal sealed class ClusterClientOptionsValidator : IValidateOptions<ClusterClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{ClusterClientOptions.SectionName}:{nameof(ClusterClientOptions.ConnectionString)} is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{ClusterClientOptions.SectionName}:{nameof(ClusterClientOptions.ClusterId)} is required.");
        }

        if (options.CallTimeout <= TimeSpan.Zero || options.RefreshPeriod <= TimeSpan.Zero || options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{ClusterClientOptions.SectionName}: {nameof(ClusterClientOptions.CallTimeout)}, {nameof(ClusterClientOptions.RefreshPeriod)} and {nameof(ClusterClientOptions.ConnectTimeout)} must be positive time spans.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
