namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Where a campaign is in its life.</summary>
[GenerateSerializer, Alias("checkin.CampaignStatus")]
public enum CampaignStatus
{
    /// <summary>Being set up: no bookings; opening time and dose interval may still change.</summary>
    Draft,

    /// <summary>Passed the sanity check and published: bookings from the opening time on; opening time and dose interval are fixed.</summary>
    Published,
}
