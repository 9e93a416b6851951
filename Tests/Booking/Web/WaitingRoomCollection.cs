namespace CheckIn.Tests.Booking.Web;

/// <summary>The waiting-room tests: they share one <see cref="WaitingRoomFixture"/> and move its clock, so they
/// run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WaitingRoomCollection : ICollectionFixture<WaitingRoomFixture>
{
    public const string Name = "booking-waiting-room";
}
