using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>Stops the start with a message naming the setting when a waiting-room option cannot work.</summary>
internal sealed class WaitingRoomOptionsValidator : IValidateOptions<WaitingRoomOptions>
{
    public ValidateOptionsResult Validate(string? name, WaitingRoomOptions options)
    {
        var failures = new List<string>();
        if (options.OpensBefore < TimeSpan.Zero)
        {
            failures.Add($"{WaitingRoomOptions.SectionName}:{nameof(options.OpensBefore)} must not be negative.");
        }

        Positive(failures, nameof(options.Duration), options.Duration);
        Positive(failures, nameof(options.AdmissionLifetime), options.AdmissionLifetime);
        Positive(failures, nameof(options.TicketLifetime), options.TicketLifetime);
        Positive(failures, nameof(options.MinRefresh), options.MinRefresh);
        if (options.MaxRefresh < options.MinRefresh)
        {
            failures.Add($"{WaitingRoomOptions.SectionName}:{nameof(options.MaxRefresh)} must be at least {nameof(options.MinRefresh)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{WaitingRoomOptions.SectionName}:{name} must be positive.");
        }
    }
}
