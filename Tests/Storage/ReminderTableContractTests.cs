using CheckIn.Runtime.Reminders;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Storage;

/// <summary>The contract every <see cref="IReminderTable"/> keeps; one subclass per provider.</summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private IReminderTable? _table;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IReminderTable Table => _table ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync() => _table = await CreateTableAsync();

    public virtual async ValueTask DisposeAsync()
    {
        switch (_table)
        {
            case IAsyncDisposable disposable:
                await disposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public async Task UpsertAsync_ThenReadAllAndRemove_RoundTrips()
    {
        var grain = TestGrains.NewId();
        var entry = new ReminderEntry(grain, "daily", new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(9)), TimeSpan.FromDays(1));

        await Table.UpsertAsync(entry, Ct);

        Assert.Equal(entry, Assert.Single(await ReadOwnAsync(grain)));
        Assert.True(await Table.RemoveAsync(grain, "daily", Ct));
        Assert.Empty(await ReadOwnAsync(grain));
        Assert.False(await Table.RemoveAsync(grain, "daily", Ct));
    }

    [Fact]
    public async Task UpsertAsync_SameGrainAndName_ReplacesTheEntry()
    {
        var grain = TestGrains.NewId();
        var first = new ReminderEntry(grain, "tick", DateTimeOffset.UnixEpoch.AddDays(20_000), TimeSpan.FromMinutes(5));
        var second = first with { FirstTickAt = first.FirstTickAt.AddHours(1), Period = TimeSpan.FromMinutes(10) };
        var other = new ReminderEntry(grain, "other", first.FirstTickAt, TimeSpan.FromHours(1));

        await Table.UpsertAsync(first, Ct);
        await Table.UpsertAsync(other, Ct);
        await Table.UpsertAsync(second, Ct);

        var own = await ReadOwnAsync(grain);
        Assert.Equal(2, own.Count);
        Assert.Contains(second, own);
        Assert.Contains(other, own);
    }

    [Fact]
    public async Task RemoveAsync_NothingRegistered_ReturnsFalse()
    {
        Assert.False(await Table.RemoveAsync(TestGrains.NewId(), "missing", Ct));
    }

    protected abstract ValueTask<IReminderTable> CreateTableAsync();

    private async Task<List<ReminderEntry>> ReadOwnAsync(GrainId grain) =>
        [.. (await Table.ReadAllAsync(Ct)).Where(e => e.GrainId == grain)];
}
