using CheckIn.Grains.Interfaces;
using CheckIn.Grains.Interfaces.Booking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.Booking;

/// <summary>A campaign's register of slots that may hold unsettled records, and the one durable reminder that has
/// them reconciled (see <see cref="IUnsettledSlotsGrain"/>). Reentrant: slots keep registering while a round of
/// reconciliation or a write is in flight; registrations that arrive together share one write
/// (<see cref="StateWriteBatcher"/>). A slot leaves only when it reported nothing unsettled and has not registered
/// again since it was asked.</summary>
[Reentrant]
public sealed partial class UnsettledSlotsGrain(
    [PersistentState("unsettled")] IPersistentState<UnsettledSlotsState> state,
    IOptions<BookingOptions> options,
    ILogger<UnsettledSlotsGrain> logger) : Grain, IUnsettledSlotsGrain, IRemindable
{
    private const string ReconcileReminderName = "reconcile";
    private const int RoundBatchSize = 64;

    private readonly BookingOptions _options = options.Value;

    // Per slot, the number of its latest registration in this activation: a slot asked in a round leaves only if it
    // has not registered since.
    private readonly Dictionary<string, long> _registrations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unstored = new(StringComparer.Ordinal);
    private long _lastRegistration;
    private StateWriteBatcher _writer = null!;
    private ReminderSwitch _reminder = null!;
    private Task? _round;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new StateWriteBatcher(() => StateWrites.WriteAsync(state, DeactivateOnIdle, $"The register of unsettled slots of campaign {this.GetPrimaryKeyString()}"));
        _reminder = new ReminderSwitch(RegisterReminderAsync, UnregisterReminderAsync);
        if (await this.GetReminder(ReconcileReminderName) is not null)
        {
            _reminder.AssumeOn();
        }
        else if (state.State.Slots.Count > 0)
        {
            await _reminder.EnsureOnAsync();
        }
    }

    public async Task Track(string slotId)
    {
        ArgumentException.ThrowIfNullOrEmpty(slotId);
        _registrations[slotId] = ++_lastRegistration;
        if (state.State.Slots.Add(slotId))
        {
            _unstored.Add(slotId);
        }

        // The reminder is durable before the slot is registered, and the slot is registered before it stores an
        // unsettled record: whatever happens next, the record is reconciled.
        await _reminder.EnsureOnAsync();
        if (_unstored.Contains(slotId))
        {
            await _writer.WriteAsync();
            _unstored.Remove(slotId);
        }
    }

    public Task<IReadOnlyList<string>> GetSlots()
        => Task.FromResult<IReadOnlyList<string>>([.. state.State.Slots.Order(StringComparer.Ordinal)]);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReconcileReminderName)
        {
            return Task.CompletedTask;
        }

        if (_round is null || _round.IsCompleted)
        {
            _round = RoundAsync();
        }

        return _round;
    }

    /// <summary>Asks every registered slot to reconcile its due records, drops the slots that have nothing
    /// unsettled left, and turns the reminder off when none is left.</summary>
    private async Task RoundAsync()
    {
        var asked = state.State.Slots.Select(s => (SlotId: s, Registration: _registrations.GetValueOrDefault(s))).ToList();
        var dropped = 0;
        foreach (var batch in asked.Chunk(RoundBatchSize))
        {
            foreach (var (slotId, registration, unsettled) in await Task.WhenAll(batch.Select(AskSlotAsync)))
            {
                if (unsettled == 0 && _registrations.GetValueOrDefault(slotId) == registration && !_unstored.Contains(slotId))
                {
                    state.State.Slots.Remove(slotId);
                    _registrations.Remove(slotId);
                    dropped++;
                }
            }
        }

        if (dropped > 0)
        {
            try
            {
                await _writer.WriteAsync();
            }
            catch (BookingException exception)
            {
                // The dropped slots come back with the stored register and are asked again next round: no harm.
                LogWriteFailed(logger, this.GetPrimaryKeyString(), exception);
                return;
            }
        }

        if (state.State.Slots.Count == 0 && _reminder.IsOn)
        {
            await _reminder.TurnOffAsync();
        }
    }

    private async Task<(string SlotId, long Registration, int Unsettled)> AskSlotAsync((string SlotId, long Registration) slot)
    {
        try
        {
            var unsettled = await GrainFactory.Reference<ISlotGrain>(BookingKeys.Slot(this.GetPrimaryKeyString(), slot.SlotId)).ReconcileDue();
            return (slot.SlotId, slot.Registration, unsettled);
        }
        catch (Exception exception)
        {
            LogSlotFailed(logger, this.GetPrimaryKeyString(), slot.SlotId, exception);
            return (slot.SlotId, slot.Registration, -1);
        }
    }

    private async Task RegisterReminderAsync()
        => await this.RegisterOrUpdateReminder(ReconcileReminderName, _options.ReconcilePeriod, _options.ReconcilePeriod);

    private async Task UnregisterReminderAsync()
    {
        if (await this.GetReminder(ReconcileReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
