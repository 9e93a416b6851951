using CheckIn.Grains.Interfaces.Throttling;
using CheckIn.Tests.Booking;

namespace CheckIn.Tests.Throttling;

/// <summary>The per-address failure count in its sliding window: the limit, the wait it gives, failures ageing
/// out one by one, and separate counts per scope.</summary>
public sealed class AddressFailureGrainTests
{
    private static readonly FailureLimit s_limit = new(3, TimeSpan.FromMinutes(15));

    [Fact]
    public async Task RecordFailure_UpToTheLimit_BlocksUntilTheOldestFailureAgesOut_ThenAllowsOneMore()
    {
        await using var silo = await BookingSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IAddressFailureGrain>(AddressFailureKeys.Staff("192.0.2.1"));
        Assert.Null(await grain.RecordFailureAsync(s_limit));
        silo.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await grain.RecordFailureAsync(s_limit));
        Assert.Null(await grain.GetBlockedAsync(s_limit));

        var blocked = await grain.RecordFailureAsync(s_limit);

        Assert.Equal(TimeSpan.FromMinutes(10), blocked);
        Assert.Equal(TimeSpan.FromMinutes(10), await grain.GetBlockedAsync(s_limit));
        silo.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(await grain.GetBlockedAsync(s_limit));
        Assert.Equal(TimeSpan.FromMinutes(5), await grain.RecordFailureAsync(s_limit));
    }

    [Fact]
    public async Task RecordFailure_InOneScope_DoesNotCountInTheOther()
    {
        await using var silo = await BookingSilos.StartAsync();
        var staff = silo.GrainFactory.GetGrain<IAddressFailureGrain>(AddressFailureKeys.Staff("2001:db8::/64"));
        var resident = silo.GrainFactory.GetGrain<IAddressFailureGrain>(AddressFailureKeys.Resident("2001:db8::/64"));
        for (var i = 0; i < 3; i++)
        {
            await staff.RecordFailureAsync(s_limit);
        }

        Assert.NotNull(await staff.GetBlockedAsync(s_limit));
        Assert.Null(await resident.GetBlockedAsync(s_limit));
    }

    [Fact]
    public async Task GetBlocked_WithALimitThatIsNotPositive_IsRefused()
    {
        await using var silo = await BookingSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IAddressFailureGrain>(AddressFailureKeys.Resident("192.0.2.1"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.GetBlockedAsync(new FailureLimit(0, TimeSpan.FromMinutes(1))));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.GetBlockedAsync(new FailureLimit(1, TimeSpan.Zero)));
    }
}
