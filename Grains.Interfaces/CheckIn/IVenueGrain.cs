using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A venue (key: the venue id): its profile, owner, signed check-in code, the days that have visits,
/// and its exposure reports. Visits themselves live in day buckets (<see cref="IVenueDayGrain"/>).
/// Every method except <see cref="Register"/> fails with <see cref="CheckInErrorCodes.UnknownVenue"/> for a venue
/// that was never registered.</summary>
[Alias("checkin.IVenueGrain")]
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>Registers the venue (called by <see cref="IVenueDirectoryGrain"/>); registering again returns the venue as it is.</summary>
    Task<VenueInfo> Register(string tenant, VenueRegistration registration);

    /// <summary>The venue with its current code.</summary>
    [ReadOnly]
    Task<VenueInfo> GetInfo();

    /// <summary>The venue for a verified code of version <paramref name="codeVersion"/>; fails with
    /// <see cref="CheckInErrorCodes.UnknownVenue"/> when the code was replaced by a rotation.</summary>
    [ReadOnly]
    Task<VenueInfo> Resolve(int codeVersion);

    /// <summary>Issues a new code; every older code stops working at once.</summary>
    Task<VenueInfo> RotateCode();

    /// <summary>Records that a day bucket holds visits (called by the bucket before its first visit is stored).</summary>
    Task NoteDay(DateOnly date);

    /// <summary>Forgets a day whose bucket was deleted by retention (called by the bucket).</summary>
    Task OnDayPurged(DateOnly date);

    /// <summary>The check-ins from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Visit>> GetVisits(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Check-ins per local day and hour from <paramref name="from"/> to <paramref name="to"/> (both local
    /// dates, inclusive); hours without check-ins are left out.</summary>
    [ReadOnly]
    Task<IReadOnlyList<HourlyVisitCount>> GetVisitCounts(DateOnly from, DateOnly to);

    /// <summary>Reports an exposure: every visitor who checked in from <paramref name="from"/> to <paramref name="to"/>
    /// plus the grace period gets one warning mail. Returns once the recipients are selected and the mails are queued
    /// durably. The same window again returns the same exposure and sends nothing new. Fails with
    /// <see cref="CheckInErrorCodes.InvalidWindow"/> for an empty, reversed or over-long window.</summary>
    [AlwaysInterleave]
    Task<ExposureReceipt> ReportExposure(DateTimeOffset from, DateTimeOffset to, string reportedBy);

    /// <summary>The exposures reported for this venue within the retention period, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ExposureListing>> ListExposures();
}
