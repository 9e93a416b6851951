using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Booking;

/// <summary>Stops the start with a message naming the setting when a booking option is unusable.</summary>
internal sealed class BookingOptionsValidator : IValidateOptions<BookingOptions>
{
    public ValidateOptionsResult Validate(string? name, BookingOptions options)
    {
        var failures = new List<string>();
        Positive(failures, nameof(options.HoldTimeout), options.HoldTimeout);
        Positive(failures, nameof(options.SettleAfter), options.SettleAfter);
        Positive(failures, nameof(options.ReconcilePeriod), options.ReconcilePeriod);
        Positive(failures, nameof(options.AvailabilityCacheTtl), options.AvailabilityCacheTtl);
        Positive(failures, nameof(options.LockoutDuration), options.LockoutDuration);
        if (options.AvailabilityPublishDelay < TimeSpan.Zero)
        {
            failures.Add($"Booking:{nameof(options.AvailabilityPublishDelay)} must not be negative.");
        }

        if (options.GateRefresh < TimeSpan.Zero)
        {
            failures.Add($"Booking:{nameof(options.GateRefresh)} must not be negative.");
        }

        if (options.AttendanceWindow < TimeSpan.Zero)
        {
            failures.Add($"Booking:{nameof(options.AttendanceWindow)} must not be negative.");
        }

        if (options.DefaultUtcOffset < TimeSpan.FromHours(-14) || options.DefaultUtcOffset > TimeSpan.FromHours(14) || options.DefaultUtcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            failures.Add($"Booking:{nameof(options.DefaultUtcOffset)} must be whole minutes between -14:00 and +14:00.");
        }

        if (options.MaxSlotCapacity is < 1 or > 10_000)
        {
            failures.Add($"Booking:{nameof(options.MaxSlotCapacity)} must be 1 to 10000 (the API's slot limit).");
        }

        if (options.MaxTotalCapacity < 1)
        {
            failures.Add($"Booking:{nameof(options.MaxTotalCapacity)} must be at least 1.");
        }

        if (options.MaxFailedSignIns < 1)
        {
            failures.Add($"Booking:{nameof(options.MaxFailedSignIns)} must be at least 1.");
        }

        if (!(options.WaitingRoomAdmissionsPerSecond > 0) || double.IsInfinity(options.WaitingRoomAdmissionsPerSecond))
        {
            failures.Add($"Booking:{nameof(options.WaitingRoomAdmissionsPerSecond)} must be a positive number.");
        }

        if (options.WaitingRoomBurst < 1)
        {
            failures.Add($"Booking:{nameof(options.WaitingRoomBurst)} must be at least 1.");
        }

        if (options.ImportParallelism is < 1 or > 1_000)
        {
            failures.Add($"Booking:{nameof(options.ImportParallelism)} must be 1 to 1000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Booking:{name} must be positive.");
        }
    }
}
