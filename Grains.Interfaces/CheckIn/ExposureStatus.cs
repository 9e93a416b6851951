namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>Where an exposure stands.</summary>
[GenerateSerializer, Alias("checkin.ExposureStatus")]
public enum ExposureStatus
{
    /// <summary>Nothing is recorded under this id.</summary>
    Unknown,

    /// <summary>Recipients are being selected and queued (a report was interrupted; the exposure's reminder resumes it).</summary>
    Selecting,

    /// <summary>Every warning is queued; mails are being sent.</summary>
    Sending,

    /// <summary>Every warning was sent or given up after the last retry.</summary>
    Completed,
}
