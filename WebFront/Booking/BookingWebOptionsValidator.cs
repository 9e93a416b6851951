using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking;

/// <summary>Stops the start with a message naming the setting when a booking web option cannot work.</summary>
internal sealed class BookingWebOptionsValidator : IValidateOptions<BookingWebOptions>
{
    public ValidateOptionsResult Validate(string? name, BookingWebOptions options)
    {
        var failures = new List<string>();
        Positive(failures, nameof(options.SessionLifetime), options.SessionLifetime);
        Positive(failures, nameof(options.SignInFailureWindow), options.SignInFailureWindow);
        if (options.CampaignCacheLifetime < TimeSpan.Zero)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{nameof(options.CampaignCacheLifetime)} must not be negative.");
        }

        if (options.AvailabilityMaxAge < TimeSpan.Zero)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{nameof(options.AvailabilityMaxAge)} must not be negative.");
        }

        if (options.MaxSignInFailuresPerAddress < 1)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{nameof(options.MaxSignInFailuresPerAddress)} must be at least 1.");
        }

        if (options.VoucherImportChunkSize is < 1 or > 100_000)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{nameof(options.VoucherImportChunkSize)} must be 1 to 100000.");
        }

        if (options.MaxVoucherFileBytes < 1)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{nameof(options.MaxVoucherFileBytes)} must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{BookingWebOptions.SectionName}:{name} must be positive.");
        }
    }
}
