using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

/// <summary>The contact store answers from what is stored: its contract says null when no address is stored.</summary>
public sealed class ContactGrainTests
{
    [Fact]
    public async Task Store_WriteFails_GetSealedDoesNotAnswerTheUnstoredAddress()
    {
        FailingOnceStorage? failing = null;
        await using var silo = await CheckInSilos.StartAsync(services: s => s.WrapGrainStorage(inner =>
            failing ??= new FailingOnceStorage(inner, static (state, _) => state == "contact")));
        var contact = silo.GrainFactory.GetGrain<IContactGrain>("tenant:" + Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAnyAsync<Exception>(() => contact.Store([1, 2, 3]));

        Assert.True(failing!.HasFailed);
        Assert.Null(await contact.GetSealed());
    }

    [Fact]
    public async Task Store_WriteFailsThenSucceeds_GetSealedAnswersTheStoredAddress()
    {
        FailingOnceStorage? failing = null;
        await using var silo = await CheckInSilos.StartAsync(services: s => s.WrapGrainStorage(inner =>
            failing ??= new FailingOnceStorage(inner, static (state, _) => state == "contact")));
        var contact = silo.GrainFactory.GetGrain<IContactGrain>("tenant:" + Guid.NewGuid().ToString("N"));
        await Assert.ThrowsAnyAsync<Exception>(() => contact.Store([1, 2, 3]));

        await contact.Store([4, 5, 6]);

        Assert.Equal(new byte[] { 4, 5, 6 }, await contact.GetSealed());
    }
}
