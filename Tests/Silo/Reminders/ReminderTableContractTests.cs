namespace CheckIn.Tests.Silo.Reminders;

/// <summary>
/// The behaviour Orleans' reminder service relies on from any <see cref="IReminderTable"/>: ETag-checked writes and the
/// ring-range reads on <see cref="GrainId.GetUniformHashCode"/> with the range (begin, end] wrapping past uint.MaxValue.
/// Each test gets a table of its own (a fresh ServiceId), so tests never see each other's rows.
/// </summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private IReminderTable? _table;

    protected IReminderTable Table => _table ?? throw new InvalidOperationException("The table is created in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected string ServiceId { get; } = $"svc-{Guid.NewGuid():N}";

    public async ValueTask InitializeAsync()
    {
        _table = await CreateTableAsync(ServiceId);
        await _table.StartAsync(TestContext.Current.CancellationToken);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_table is not null)
        {
            await _table.StopAsync(CancellationToken.None);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task UpsertRow_NewReminder_ReadRowReturnsItWithTheSameETag()
    {
        var entry = NewEntry(NewGrain(), "r1");

        var etag = await Table.UpsertRow(entry, Ct);
        var read = await Table.ReadRow(entry.GrainId, "r1", Ct);

        Assert.NotNull(etag);
        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(entry.GrainId, read.GrainId);
        Assert.Equal(entry.Period, read.Period);
        Assert.Equal(entry.StartAt, read.StartAt.ToUniversalTime(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task UpsertRow_ExistingReminder_ReplacesItAndChangesTheETag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertRow(NewEntry(grain, "r1"), Ct);

        var second = await Table.UpsertRow(NewEntry(grain, "r1", period: TimeSpan.FromMinutes(7)), Ct);
        var rows = await Table.ReadRows(grain, Ct);

        Assert.NotEqual(first, second);
        var row = Assert.Single(rows.Reminders);
        Assert.Equal(TimeSpan.FromMinutes(7), row.Period);
        Assert.Equal(second, row.ETag);
    }

    [Fact]
    public async Task RemoveRow_CurrentETag_RemovesTheRow()
    {
        var grain = NewGrain();
        var etag = await Table.UpsertRow(NewEntry(grain, "r1"), Ct);

        Assert.True(await Table.RemoveRow(grain, "r1", etag!, Ct));
        Assert.Null(await Table.ReadRow(grain, "r1", Ct));
    }

    [Fact]
    public async Task RemoveRow_StaleETag_ReturnsFalseAndKeepsTheRow()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(NewEntry(grain, "r1"), Ct);
        var current = await Table.UpsertRow(NewEntry(grain, "r1"), Ct);

        Assert.False(await Table.RemoveRow(grain, "r1", stale!, Ct));
        Assert.Equal(current, (await Table.ReadRow(grain, "r1", Ct))?.ETag);
    }

    [Fact]
    public async Task RemoveRow_MissingReminder_ReturnsFalse()
    {
        Assert.False(await Table.RemoveRow(NewGrain(), "nothing", "0", Ct));
    }

    [Fact]
    public async Task ReadRow_MissingReminder_ReturnsNull()
    {
        Assert.Null(await Table.ReadRow(NewGrain(), "nothing", Ct));
    }

    [Fact]
    public async Task ReadRows_GrainId_ReturnsOnlyThatGrainsReminders()
    {
        var grain = NewGrain();
        await Table.UpsertRow(NewEntry(grain, "a"), Ct);
        await Table.UpsertRow(NewEntry(grain, "b"), Ct);
        await Table.UpsertRow(NewEntry(NewGrain(), "a"), Ct);

        var rows = await Table.ReadRows(grain, Ct);

        Assert.Equal(["a", "b"], rows.Reminders.Select(r => r.ReminderName).Order());
    }

    [Fact]
    public async Task ReadRows_RangeWithoutWrap_ReturnsHashesAboveBeginUpToEnd()
    {
        var grains = await UpsertManyAsync(40);
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();

        // Bounds on actual hashes check that begin is exclusive and end inclusive.
        await AssertRangeAsync(grains, hashes[5], hashes[30]);
        await AssertRangeAsync(grains, 0, uint.MaxValue);
        await AssertRangeAsync(grains, 0x7FFF_FFF0u, 0x8000_0010u);
    }

    [Fact]
    public async Task ReadRows_WrappingRange_ReturnsHashesAboveBeginAndUpToEnd()
    {
        var grains = await UpsertManyAsync(40);
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();

        await AssertRangeAsync(grains, hashes[30], hashes[5]);
        await AssertRangeAsync(grains, 0xF000_0000u, 0x1000_0000u);
        await AssertRangeAsync(grains, 0x9000_0000u, 0x7000_0000u);
    }

    [Fact]
    public async Task ReadRows_BeginEqualsEnd_ReturnsTheWholeRing()
    {
        var grains = await UpsertManyAsync(20);
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();

        Assert.Equal(20, (await Table.ReadRows(0u, 0u, Ct)).Reminders.Count);
        Assert.Equal(20, (await Table.ReadRows(hashes[3], hashes[3], Ct)).Reminders.Count);
    }

    [Fact]
    public async Task TestOnlyClearTable_WithRows_LeavesNone()
    {
        await UpsertManyAsync(3);

        await Table.TestOnlyClearTable(Ct);

        Assert.Empty((await Table.ReadRows(0u, 0u, Ct)).Reminders);
    }

    protected abstract Task<IReminderTable> CreateTableAsync(string serviceId);

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString("N"));

    private static ReminderEntry NewEntry(GrainId grain, string name, TimeSpan? period = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 12, 5, 10, 30, 15, 123, DateTimeKind.Utc),
        Period = period ?? TimeSpan.FromMinutes(1),
    };

    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private async Task<List<GrainId>> UpsertManyAsync(int count)
    {
        var grains = Enumerable.Range(0, count).Select(_ => NewGrain()).ToList();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(NewEntry(grain, "r"), Ct);
        }

        return grains;
    }

    private async Task AssertRangeAsync(List<GrainId> grains, uint begin, uint end)
    {
        var expected = grains.Where(g => InRing(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order();
        var actual = (await Table.ReadRows(begin, end, Ct)).Reminders.Select(r => r.GrainId.ToString()).Order();
        Assert.Equal(expected, actual);
    }
}
