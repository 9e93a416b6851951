using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Membership;

/// <summary>Rejects cluster settings that cannot work, naming the setting.</summary>
internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.ConnectionString)} is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.ClusterId)} is required.");
        }

        if (!System.Net.IPAddress.TryParse(options.Address, out _))
        {
            failures.Add($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.Address)} must be an IP address (was '{options.Address}').");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.Port)} must be 0 to 65535 (was {options.Port}).");
        }

        if (options.MissedProbesLimit < 1 || options.VotesToDeclareDead < 1)
        {
            failures.Add($"{ClusterOptions.SectionName}: {nameof(ClusterOptions.MissedProbesLimit)} and {nameof(ClusterOptions.VotesToDeclareDead)} must be at least 1.");
        }

        foreach (var (option, value) in new[]
                 {
                     (nameof(ClusterOptions.ProbePeriod), options.ProbePeriod),
                     (nameof(ClusterOptions.ProbeTimeout), options.ProbeTimeout),
                     (nameof(ClusterOptions.VoteExpiry), options.VoteExpiry),
                     (nameof(ClusterOptions.RefreshPeriod), options.RefreshPeriod),
                     (nameof(ClusterOptions.HandoffTimeout), options.HandoffTimeout),
                     (nameof(ClusterOptions.ConnectTimeout), options.ConnectTimeout),
                     (nameof(ClusterOptions.ReminderRefreshPeriod), options.ReminderRefreshPeriod),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{ClusterOptions.SectionName}:{option} must be a positive time span (was {value}).");
            }
        }

        if (options.HeartbeatLease < options.RefreshPeriod * 3)
        {
            failures.Add($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.HeartbeatLease)} must be at least three refresh periods (was {options.HeartbeatLease}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
