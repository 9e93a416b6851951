using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A grain's copy of its campaign's gate. A published gate never changes, so it is kept for the
/// activation's life; an unpublished one is asked again after <c>refresh</c>. Concurrent askers share one
/// call, so a hot slot at the opening minute asks the campaign once, not once per request.</summary>
internal sealed class CampaignGateCache(Func<Task<CampaignGate>> fetch, TimeProvider time, TimeSpan refresh)
{
    private CampaignGate? _gate;
    private DateTimeOffset _fetchedAt;
    private Task<CampaignGate>? _fetching;

    public ValueTask<CampaignGate> GetAsync()
    {
        if (_gate is { } gate && (gate.Published || time.GetUtcNow() - _fetchedAt < refresh))
        {
            return ValueTask.FromResult(gate);
        }

        if (_fetching is null || _fetching.IsCompleted)
        {
            _fetching = FetchAsync();
        }

        return new ValueTask<CampaignGate>(_fetching);
    }

    private async Task<CampaignGate> FetchAsync()
    {
        var gate = await fetch();
        _gate = gate;
        _fetchedAt = time.GetUtcNow();
        return gate;
    }
}
