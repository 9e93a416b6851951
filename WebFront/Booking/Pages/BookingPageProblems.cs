using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The booking pages' own error answers.</summary>
internal static class BookingPageProblems
{
    /// <summary>404 <c>unknown_campaign</c>.</summary>
    public static PageProblem UnknownCampaign { get; } = PageProblem.From(BookingFailures.UnknownCampaign);
}
