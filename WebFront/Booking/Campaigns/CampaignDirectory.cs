using CheckIn.Grains.Interfaces;
using System.Collections.Concurrent;
using CheckIn.Grains.Interfaces.Booking;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>The campaigns as the web front knows them: their description, kept for
/// <see cref="BookingWebOptions.CampaignCacheLifetime"/>, so that every resident request at the opening does not
/// queue on the one campaign grain. Concurrent readers of a stale entry share one grain call. Unknown ids are
/// not kept (random ids would otherwise fill the cache).</summary>
public sealed class CampaignDirectory(IGrainFactory grains, TimeProvider time, IOptions<BookingWebOptions> options)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The campaign, or null when the id is malformed or no campaign has it.</summary>
    public Task<CampaignInfo?> FindAsync(string? campaignId)
    {
        if (!BookingInput.IsId(campaignId))
        {
            return Task.FromResult<CampaignInfo?>(null);
        }

        var now = time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(campaignId, out var entry))
            {
                if (now - entry.FetchedAt < options.Value.CampaignCacheLifetime || !entry.Info.IsCompleted)
                {
                    return entry.Info;
                }

                var fresh = new Entry(FetchAsync(campaignId), now);
                if (_entries.TryUpdate(campaignId, fresh, entry))
                {
                    return fresh.Info;
                }

                continue;
            }

            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            var added = new Entry(FetchAsync(campaignId), now);
            if (_entries.TryAdd(campaignId, added))
            {
                return added.Info;
            }
        }
    }

    /// <summary>The campaign as the grain has it now (staff pages), refreshing the cache.</summary>
    public Task<CampaignInfo?> FindFreshAsync(string? campaignId)
    {
        if (BookingInput.IsId(campaignId))
        {
            Forget(campaignId);
        }

        return FindAsync(campaignId);
    }

    /// <summary>Drops what is kept about a campaign after staff changed it.</summary>
    public void Forget(string campaignId) => _entries.TryRemove(campaignId, out _);

    private async Task<CampaignInfo?> FetchAsync(string campaignId)
    {
        try
        {
            return await grains.Reference<ICampaignGrain>(campaignId).GetInfo().ConfigureAwait(false);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.UnknownCampaign)
        {
            Forget(campaignId);
            return null;
        }
        catch
        {
            // Overload or a timeout: answered to this caller, and the next one asks again.
            Forget(campaignId);
            throw;
        }
    }

    private sealed record Entry(Task<CampaignInfo?> Info, DateTimeOffset FetchedAt);
}
