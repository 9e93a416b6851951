namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A campaign's waiting room (key: the campaign id): arrival-ordered positions, admitted from
/// the opening time on at the configured rate, in order.</summary>
[Alias("checkin.IWaitingRoomGrain")]
public interface IWaitingRoomGrain : IGrainWithStringKey
{
    /// <summary>Takes the next position.</summary>
    Task<WaitingRoomTicket> Enter();

    /// <summary>Where a position stands now.</summary>
    Task<WaitingRoomTicket> GetStatus(long position);
}
