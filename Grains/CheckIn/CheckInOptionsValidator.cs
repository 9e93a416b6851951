using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>Stops the silo's start with a message naming the bad <see cref="CheckInOptions"/> value.</summary>
internal sealed class CheckInOptionsValidator : IValidateOptions<CheckInOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckInOptions options)
    {
        var failures = new List<string>();
        if (!LocalCalendar.TryFindZone(options.TimeZone, out _))
        {
            failures.Add($"{CheckInOptions.SectionName}:TimeZone '{options.TimeZone}' is not a time zone known to this machine.");
        }

        Positive(failures, options.Retention, nameof(options.Retention));
        Positive(failures, options.DuplicateWindow, nameof(options.DuplicateWindow));
        Positive(failures, options.MaxExposureWindow, nameof(options.MaxExposureWindow));
        Positive(failures, options.ExposureWakeInterval, nameof(options.ExposureWakeInterval));
        if (options.ExposureGrace < TimeSpan.Zero)
        {
            failures.Add($"{CheckInOptions.SectionName}:ExposureGrace must not be negative.");
        }

        if (options.PointsPerLotteryEntry < 1)
        {
            failures.Add($"{CheckInOptions.SectionName}:PointsPerLotteryEntry must be at least 1.");
        }

        if (options.VisitSegmentCapacity is < 1 or > 100_000)
        {
            failures.Add($"{CheckInOptions.SectionName}:VisitSegmentCapacity must be between 1 and 100000.");
        }

        if (options.OutboxChunkSize is < 1 or > 100_000)
        {
            failures.Add($"{CheckInOptions.SectionName}:OutboxChunkSize must be between 1 and 100000.");
        }

        if (string.IsNullOrWhiteSpace(options.MailDomain) || options.MailDomain.Any(static c => char.IsWhiteSpace(c) || c is '@' or '<' or '>'))
        {
            failures.Add($"{CheckInOptions.SectionName}:MailDomain must be a domain name.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{CheckInOptions.SectionName}:{name} must be positive.");
        }
    }
}
