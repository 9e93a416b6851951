using CheckIn.Grains.Interfaces;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Tests.Booking;

namespace CheckIn.Tests.Silo.References;

/// <summary><c>grains.Reference&lt;T&gt;(key)</c> is the reference Orleans' own <c>GetGrain&lt;T&gt;(key)</c>
/// gives: the same grain id and interface, for every key and interface.</summary>
public sealed class GrainReferenceTests
{
    [Fact]
    public async Task Reference_SameKeyAndInterface_EqualsOrleansGetGrain()
    {
        await using var silo = await BookingSilos.StartAsync();
        var grains = silo.GrainFactory;

        foreach (var key in new[] { "resident-1", "tenant/campaign/ä", "x" })
        {
            var ours = (GrainReference)(object)grains.Reference<IResidentGrain>(key);
            var orleans = (GrainReference)(object)grains.GetGrain<IResidentGrain>(key);
            Assert.Equal(orleans.GrainId, ours.GrainId);
            Assert.Equal(orleans.InterfaceType, ours.InterfaceType);
        }

        var slot = (GrainReference)(object)grains.Reference<ISlotGrain>("resident-1");
        Assert.Equal(((GrainReference)(object)grains.GetGrain<ISlotGrain>("resident-1")).GrainId, slot.GrainId);
    }

    [Fact]
    public async Task Reference_EmptyKey_IsRefusedBeforeAnyCall()
    {
        await using var silo = await BookingSilos.StartAsync();

        Assert.Throws<ArgumentException>(() => silo.GrainFactory.Reference<IResidentGrain>(""));
    }
}
