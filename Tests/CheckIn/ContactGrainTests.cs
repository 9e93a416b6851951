using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

/// <summary>The contact store answers from what is stored: its contract says null when no address is stored.</summary>
public sealed class ContactGrainTests : IAsyncLifetime
{
    private FailingOnceStorage? _failing;
    private TestSilo? _silo;

    public async ValueTask InitializeAsync()
    {
        // The first write of a contact fails, as a database error would; everything else reaches the real storage.
        _silo = await CheckInSilos.StartAsync(services: s => s.WrapGrainStorage(inner =>
            _failing ??= new FailingOnceStorage(inner, static (state, _) => state == "contact")));
    }

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task Store_WriteFails_GetSealedDoesNotAnswerTheUnstoredAddress()
    {
        var contact = NewContact();

        await Assert.ThrowsAnyAsync<Exception>(() => contact.Store([1, 2, 3]));

        Assert.True(_failing!.HasFailed);
        Assert.Null(await contact.GetSealed());
    }

    [Fact]
    public async Task Store_WriteFailsThenSucceeds_GetSealedAnswersTheStoredAddress()
    {
        var contact = NewContact();
        await Assert.ThrowsAnyAsync<Exception>(() => contact.Store([1, 2, 3]));

        await contact.Store([4, 5, 6]);

        Assert.Equal(new byte[] { 4, 5, 6 }, await contact.GetSealed());
    }

    private IContactGrain NewContact() => _silo!.GrainFactory.GetGrain<IContactGrain>("tenant:" + Guid.NewGuid().ToString("N"));
}
