using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

/// <summary>The storage steps of a first check-in: the order retention depends on.</summary>
public sealed class CheckInStorageStepsTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CheckIn_NewVisitor_StoresContactAndVisitorOnlyAfterTheVisit()
    {
        // Retention purges a day's visitors and contacts from its bucket: the visit must be stored before either.
        StorageJournal? journal = null;
        await using var silo = await CheckInSilos.StartAsync(services: s => s.WrapGrainStorage(inner => journal ??= new StorageJournal(inner)));
        var venue = await silo.RegisterVenueAsync();

        await silo.CheckInAsync(venue.Code, CheckInSilos.NewEmail()).WaitAsync(s_deadline, TestContext.Current.CancellationToken);

        var steps = journal!.Entries;
        var visitStored = Math.Max(steps.IndexOf("wrote venue-day"), steps.IndexOf("wrote visit-segment"));
        Assert.True(steps.IndexOf("wrote venue-day") >= 0 && steps.IndexOf("wrote visit-segment") >= 0, string.Join(", ", steps));
        Assert.True(visitStored < steps.IndexOf("wrote contact"), string.Join(", ", steps));
        Assert.True(steps.IndexOf("wrote contact") < steps.IndexOf("wrote visitor"), string.Join(", ", steps));
    }
}
