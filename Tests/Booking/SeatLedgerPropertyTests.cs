using CheckIn.Grains.Booking;
using CheckIn.Grains.Interfaces.Booking;
using FsCheck;
using FsCheck.Fluent;

namespace CheckIn.Tests.Booking;

/// <summary>The slot's seat ledger against a model, under random sequences of hold, confirm, release,
/// attend, settle and hold expiry: it never holds more than its capacity, every outcome is the model's,
/// and what it stores rebuilds to the same counts.</summary>
public sealed class SeatLedgerPropertyTests
{
    private static readonly TimeSpan s_holdTimeout = TimeSpan.FromSeconds(30);

    private static readonly Gen<LedgerStep> s_step =
        from action in Gen.Frequency(
            (4, Gen.Constant(LedgerAction.Hold)),
            (3, Gen.Constant(LedgerAction.Confirm)),
            (2, Gen.Constant(LedgerAction.Release)),
            (1, Gen.Constant(LedgerAction.Attend)),
            (1, Gen.Constant(LedgerAction.Settle)),
            (1, Gen.Constant(LedgerAction.Tick)))
        from reservation in Gen.Choose(0, 7)
        from seconds in Gen.Choose(1, 40)
        select new LedgerStep(action, reservation, seconds);

    [Fact]
    public void SeatLedger_RandomSequences_NeverOverCapacityAndAgreesWithModel()
    {
        var scenarios = (from capacity in Gen.Choose(0, 4)
                         from steps in Gen.ListOf(s_step)
                         select (Capacity: capacity, Steps: steps)).ToArbitrary();

        Prop.ForAll(scenarios, scenario => Run(scenario.Capacity, scenario.Steps))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithEndSize(60));
    }

    private static bool Run(int capacity, IEnumerable<LedgerStep> steps)
    {
        var records = new List<SlotRecord>();
        var ledger = new SeatLedger(capacity, records);
        var model = new LedgerModel(capacity);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var codes = 0;
        foreach (var step in steps)
        {
            // Like the grain: expired holds are dropped before every operation.
            ledger.PurgeExpired(now);
            model.Purge(now);
            var id = $"r{step.Reservation}";
            var request = new SlotHoldRequest(id, "series-" + id, "resident-" + id, 1);
            switch (step.Action)
            {
                case LedgerAction.Hold:
                    Assert.Equal(model.Hold(step.Reservation, now + s_holdTimeout), ledger.Hold(request, now + s_holdTimeout, () => (++codes).ToString("D8", System.Globalization.CultureInfo.InvariantCulture), out _));
                    break;
                case LedgerAction.Confirm:
                    // With a live hold the ledger keeps the hold's code; without one it takes the one given.
                    Assert.Equal(model.Confirm(step.Reservation), ledger.Confirm(request, "fresh-" + (++codes), now));
                    break;
                case LedgerAction.Release:
                    Assert.Equal(model.Release(step.Reservation), ledger.Release(id, now));
                    break;
                case LedgerAction.Attend:
                    var attendCode = ledger.TryGetRecord(id, out var record) ? record.AttendanceCode : "no-such-code";
                    Assert.Equal(model.Attend(step.Reservation), ledger.Attend(attendCode, now, out _));
                    break;
                case LedgerAction.Settle:
                    ledger.Settle(id);
                    model.Settle(step.Reservation);
                    break;
                case LedgerAction.Tick:
                    now += TimeSpan.FromSeconds(step.Seconds);
                    break;
            }

            Assert.True(ledger.Booked + ledger.Held <= capacity, $"over capacity after {step}: booked {ledger.Booked}, held {ledger.Held}, capacity {capacity}");
            Assert.Equal((model.Booked, model.Held, model.Attended, model.Cancelled, model.Unsettled), (ledger.Booked, ledger.Held, ledger.Attended, ledger.Cancelled, ledger.Unsettled));
            Assert.Equal(capacity - model.Booked - model.Held, ledger.Remaining);
        }

        var reloaded = new SeatLedger(capacity, records);
        Assert.Equal((ledger.Booked, 0, ledger.Attended, ledger.Cancelled, ledger.Unsettled), (reloaded.Booked, reloaded.Held, reloaded.Attended, reloaded.Cancelled, reloaded.Unsettled));
        Assert.Equal(records.Count, records.Select(r => r.ReservationId).Distinct().Count());
        var activeCodes = records.Where(r => r.Status == ReservationStatus.Active).Select(r => r.AttendanceCode).ToList();
        Assert.Equal(activeCodes.Count, activeCodes.Distinct().Count());
        return true;
    }
}
