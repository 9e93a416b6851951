using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.Booking;

/// <summary>The public availability feed of one campaign day: local stateless workers that serve a copy
/// of the day's board and refresh it when it is older than <see cref="BookingOptions.AvailabilityCacheTtl"/>.
/// Reads from the web front therefore cost the board one call per worker per refresh, whatever the traffic.</summary>
[StatelessWorker]
[Reentrant]
public sealed class AvailabilityCacheGrain(IOptions<BookingOptions> options, TimeProvider timeProvider) : Grain, IAvailabilityCacheGrain
{
    private AvailabilitySnapshot? _snapshot;
    private DateTimeOffset _fetchedAt;
    private Task<AvailabilitySnapshot>? _refreshing;

    public async Task<AvailabilitySnapshot> Get(string? siteId)
    {
        var snapshot = _snapshot is { } cached && timeProvider.GetUtcNow() - _fetchedAt < options.Value.AvailabilityCacheTtl
            ? cached
            : await RefreshAsync();
        return siteId is null
            ? snapshot
            : snapshot with { Slots = [.. snapshot.Slots.Where(s => s.SiteId == siteId)] };
    }

    private Task<AvailabilitySnapshot> RefreshAsync()
    {
        if (_refreshing is null || _refreshing.IsCompleted)
        {
            _refreshing = FetchAsync();
        }

        return _refreshing;
    }

    private async Task<AvailabilitySnapshot> FetchAsync()
    {
        var snapshot = await GrainFactory.Reference<IAvailabilityBoardGrain>(this.GetPrimaryKeyString()).GetSnapshot();
        _snapshot = snapshot;
        _fetchedAt = timeProvider.GetUtcNow();
        return snapshot;
    }
}
