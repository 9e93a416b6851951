using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Booking;

/// <summary>A campaign's waiting room. Arrivals get increasing positions; from the opening time on,
/// positions are admitted in order at <see cref="BookingOptions.WaitingRoomAdmissionsPerSecond"/>, a token
/// bucket of <see cref="BookingOptions.WaitingRoomBurst"/>: the first burst at the opening, and after a
/// quiet spell newcomers pass at once. Admission is computed from the clock, so nothing is stored per
/// arrival; positions are reserved in blocks so a restart never hands one out twice.</summary>
public sealed class WaitingRoomGrain(
    [PersistentState("waitingroom")] IPersistentState<WaitingRoomState> state,
    IOptions<BookingOptions> options,
    TimeProvider timeProvider) : Grain, IWaitingRoomGrain
{
    private const long BlockSize = 1_000;

    private readonly BookingOptions _options = options.Value;
    private CampaignGateCache _gate = null!;
    private long _issued;
    private double _admitted;
    private DateTimeOffset? _advancedAt;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _gate = new CampaignGateCache(() => GrainFactory.Reference<ICampaignGrain>(this.GetPrimaryKeyString()).GetGate(), timeProvider, _options.GateRefresh);
        _issued = state.State.ReservedThrough;
        _admitted = state.State.AdmittedThrough;
        _advancedAt = state.State.AdvancedAt;
        return Task.CompletedTask;
    }

    public async Task<WaitingRoomTicket> Enter()
    {
        var gate = await _gate.GetAsync();
        var now = timeProvider.GetUtcNow();
        Advance(now, gate.OpensAt);
        var position = ++_issued;
        if (position > state.State.ReservedThrough)
        {
            state.State.ReservedThrough = position + BlockSize - 1;
            state.State.AdmittedThrough = _admitted;
            state.State.AdvancedAt = _advancedAt;
            await StateWrites.WriteAsync(state, DeactivateOnIdle, "The waiting room");
        }

        return Ticket(position, now, gate.OpensAt);
    }

    public async Task<WaitingRoomTicket> GetStatus(long position)
    {
        if (position < 1)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "Positions start at 1.");
        }

        var gate = await _gate.GetAsync();
        var now = timeProvider.GetUtcNow();
        Advance(now, gate.OpensAt);
        return Ticket(position, now, gate.OpensAt);
    }

    /// <summary>Brings admission up to <paramref name="now"/>: nothing before the opening, the burst at it,
    /// then the rate, never more than the burst ahead of the last position handed out.</summary>
    private void Advance(DateTimeOffset now, DateTimeOffset opensAt)
    {
        if (now < opensAt)
        {
            return;
        }

        var from = _advancedAt is { } at && at > opensAt ? at : opensAt;
        if (_advancedAt is null || _advancedAt < opensAt)
        {
            _admitted = Math.Max(_admitted, _options.WaitingRoomBurst);
        }

        var elapsed = now > from ? (now - from).TotalSeconds : 0;
        _admitted = Math.Max(_admitted, Math.Min(_admitted + (elapsed * _options.WaitingRoomAdmissionsPerSecond), _issued + _options.WaitingRoomBurst));
        _advancedAt = now;
    }

    private WaitingRoomTicket Ticket(long position, DateTimeOffset now, DateTimeOffset opensAt)
    {
        var rate = _options.WaitingRoomAdmissionsPerSecond;
        var admittedThrough = (long)Math.Floor(_admitted);
        if (now >= opensAt && position <= admittedThrough)
        {
            return new WaitingRoomTicket(position, true, admittedThrough, TimeSpan.Zero, now);
        }

        var wait = now < opensAt
            ? (opensAt - now) + TimeSpan.FromSeconds(Math.Max(0, position - _options.WaitingRoomBurst) / rate)
            : TimeSpan.FromSeconds((position - _admitted) / rate);
        return new WaitingRoomTicket(position, false, now >= opensAt ? admittedThrough : 0, TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)), now);
    }
}
