using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A vaccination site: its profile and its slots by date, read by the dose-2 search.</summary>
public sealed class SiteGrain([PersistentState("site")] IPersistentState<SiteState> state) : Grain, ISiteGrain
{
    private readonly Dictionary<DateOnly, List<SlotInfo>> _byDate = [];
    private readonly HashSet<string> _slotIds = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var slot in state.State.Slots)
        {
            Index(slot);
        }

        return Task.CompletedTask;
    }

    public async Task Define(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        state.State.Defined = true;
        state.State.Name = site.Name;
        state.State.Address = site.Address;
        await StateWrites.WriteAsync(state, DeactivateOnIdle, $"Site {this.GetPrimaryKeyString()}");
    }

    public Task<SiteInfo> GetInfo()
    {
        RequireDefined();
        return Task.FromResult(new SiteInfo(BookingKeys.Split(this.GetPrimaryKeyString()).Id, state.State.Name, state.State.Address));
    }

    public async Task AddSlots(IReadOnlyList<SlotInfo> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        RequireDefined();
        var added = false;
        foreach (var slot in slots)
        {
            if (!_slotIds.Contains(slot.SlotId))
            {
                state.State.Slots.Add(slot);
                Index(slot);
                added = true;
            }
        }

        if (added)
        {
            await StateWrites.WriteAsync(state, DeactivateOnIdle, $"Site {this.GetPrimaryKeyString()}");
        }
    }

    public Task<IReadOnlyList<SlotInfo>> GetSlotsOn(DateOnly date)
    {
        RequireDefined();
        IReadOnlyList<SlotInfo> slots = _byDate.TryGetValue(date, out var list) ? [.. list] : [];
        return Task.FromResult(slots);
    }

    private void Index(SlotInfo slot)
    {
        _slotIds.Add(slot.SlotId);
        if (!_byDate.TryGetValue(slot.Date, out var list))
        {
            list = [];
            _byDate[slot.Date] = list;
        }

        var at = list.FindIndex(s => s.Time > slot.Time);
        list.Insert(at < 0 ? list.Count : at, slot);
    }

    private void RequireDefined()
    {
        if (!state.State.Defined)
        {
            throw new BookingException(BookingErrorCodes.UnknownSite, $"There is no site '{this.GetPrimaryKeyString()}'.");
        }
    }
}
