using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>The waiting room core: arrival-ordered positions admitted at a rate from the opening time.</summary>
public sealed class WaitingRoomTests
{
    [Fact]
    public async Task Enter_BeforeOpening_NotAdmittedAndWaitCountsFromOpening()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o =>
        {
            o.WaitingRoomBurst = 10;
            o.WaitingRoomAdmissionsPerSecond = 5;
        });
        var campaign = await TestCampaign.CreateAsync(silo);

        var tickets = new List<WaitingRoomTicket>();
        for (var i = 0; i < 20; i++)
        {
            tickets.Add(await campaign.WaitingRoom.Enter());
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), tickets.Select(t => t.Position));
        Assert.All(tickets, t => Assert.False(t.Admitted));
        Assert.Equal(TimeSpan.FromHours(1), tickets[9].EstimatedWait);
        Assert.Equal(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(2), tickets[19].EstimatedWait);
    }

    [Fact]
    public async Task GetStatus_AfterOpening_AdmitsBurstThenRateInArrivalOrder()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o =>
        {
            o.WaitingRoomBurst = 10;
            o.WaitingRoomAdmissionsPerSecond = 5;
        });
        var campaign = await TestCampaign.CreateAsync(silo);
        for (var i = 0; i < 40; i++)
        {
            await campaign.WaitingRoom.Enter();
        }

        silo.Time.Advance(TimeSpan.FromHours(1));
        Assert.True((await campaign.WaitingRoom.GetStatus(10)).Admitted);
        var eleventh = await campaign.WaitingRoom.GetStatus(11);
        Assert.False(eleventh.Admitted);
        Assert.Equal(TimeSpan.FromSeconds(1), eleventh.EstimatedWait);

        silo.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.True((await campaign.WaitingRoom.GetStatus(20)).Admitted);
        var next = await campaign.WaitingRoom.GetStatus(21);
        Assert.False(next.Admitted);
        Assert.Equal(20, next.AdmittedThrough);
    }

    [Fact]
    public async Task Enter_QuietAfterOpening_NewcomerAdmittedAtOnce()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.WaitingRoomBurst = 3);
        var campaign = await TestCampaign.CreateAsync(silo);
        silo.Time.Advance(TimeSpan.FromHours(2));

        var ticket = await campaign.WaitingRoom.Enter();

        Assert.True(ticket.Admitted);
        Assert.Equal(TimeSpan.Zero, ticket.EstimatedWait);
    }

    [Fact]
    public async Task Enter_AfterRestart_PositionsKeepIncreasing()
    {
        await using var silo = await BookingSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var campaign = await TestCampaign.CreateAsync(silo);
        var before = await campaign.WaitingRoom.Enter();
        await campaign.WaitingRoom.Enter();

        await silo.RestartAsync();
        var after = await campaign.WaitingRoom.Enter();

        Assert.Equal(1, before.Position);
        Assert.True(after.Position > 2, $"position {after.Position} was handed out before the restart");
    }

    [Fact]
    public async Task GetStatus_PositionBelowOne_InvalidRequest()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidRequest, () => campaign.WaitingRoom.GetStatus(0));
    }
}
