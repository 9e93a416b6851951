using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A visitor (key: <c>{tenant}:{pseudonym}</c>): check-ins, points, lottery entries. Reached through
/// <see cref="ICheckInGrain"/>; it never holds the e-mail address in clear.</summary>
[Alias("checkin.IVisitorGrain")]
public interface IVisitorGrain : IGrainWithStringKey
{
    /// <summary>Records a check-in (or returns the one at the same venue within the duplicate window).</summary>
    Task<CheckInResult> CheckIn(VisitorCheckIn checkIn);

    /// <summary>The visitor's record.</summary>
    [ReadOnly]
    Task<VisitorSummary> GetSummary();

    /// <summary>Deletes the check-ins before <paramref name="cutoff"/>; when none is left, deletes the visitor, its
    /// contact data and its lottery entries. Returns the check-ins left.</summary>
    Task<int> PurgeBefore(DateTimeOffset cutoff);
}
