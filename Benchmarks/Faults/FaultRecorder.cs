using System.Collections.Concurrent;
using System.Diagnostics;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>Everything the fault load was answered, on one clock started at the opening: counts by outcome, 503s
/// without Retry-After, the 503s' codes, every answer's time and slot (for the recovery times), and the
/// acknowledged reservations.</summary>
internal sealed class FaultRecorder
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(20);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int[] _counts = new int[Enum.GetValues<FaultOutcome>().Length];
    private readonly ConcurrentQueue<FaultAnswer> _answers = new();
    private readonly ConcurrentQueue<StampedeConfirmation> _confirmations = new();
    private readonly ConcurrentDictionary<string, int> _answerCodes = new(StringComparer.Ordinal);
    private int _withoutRetryAfter;
    private int _gaveUp;

    /// <summary>Time since the opening.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public int Acknowledged => _confirmations.Count;

    public IReadOnlyList<StampedeConfirmation> Confirmations => [.. _confirmations];

    public int UnavailableWithoutRetryAfter => Volatile.Read(ref _withoutRetryAfter);

    /// <summary>Residents who still had no definitive answer when the run's deadline passed.</summary>
    public int GaveUp => Volatile.Read(ref _gaveUp);

    /// <summary>The answers other than 201 and <c>slot_full</c> by status and problem code (<c>503 unavailable</c>).</summary>
    public IReadOnlyDictionary<string, int> AnswerCodes => _answerCodes;

    /// <summary>The slowest answer (or the client's timeout).</summary>
    public TimeSpan SlowestAnswer => _answers.IsEmpty ? TimeSpan.Zero : _answers.Max(a => a.Latency);

    public int Count(FaultOutcome outcome) => Volatile.Read(ref _counts[(int)outcome]);

    /// <summary>Records an answer; <paramref name="code"/> (status and problem code) is counted for the others than
    /// 201 and <c>slot_full</c>.</summary>
    public void Record(TimeSpan sentAt, int slot, FaultOutcome outcome, string? code = null)
    {
        Interlocked.Increment(ref _counts[(int)outcome]);
        var now = Now;
        _answers.Enqueue(new FaultAnswer(now, now - sentAt, slot, outcome));
        if (code is not null)
        {
            _answerCodes.AddOrUpdate(code, 1, static (_, n) => n + 1);
        }
    }

    public void RecordWithoutRetryAfter() => Interlocked.Increment(ref _withoutRetryAfter);

    public void Confirm(StampedeConfirmation confirmation) => _confirmations.Enqueue(confirmation);

    public void GiveUp() => Interlocked.Increment(ref _gaveUp);

    /// <summary>Errors (503, 5xx, no answer, unreachable) answered at or after <paramref name="since"/>.</summary>
    public int ErrorsSince(TimeSpan since) => _answers.Count(a => a.At >= since && IsError(a.Outcome));

    public async Task WaitForAcknowledgedAsync(int count, TimeSpan deadline, Task run)
    {
        var until = Now + deadline;
        while (Acknowledged < count)
        {
            if (run.IsCompleted)
            {
                await run;
                throw new InvalidOperationException($"The stampede ended with {Acknowledged} acknowledged reservations, fewer than the {count} the fault waits for.");
            }

            if (Now > until)
            {
                throw new TimeoutException($"{Acknowledged} of {count} reservations acknowledged within {deadline.TotalSeconds:0} s.");
            }

            await Task.Delay(s_poll);
        }
    }

    /// <summary>Waits until <paramref name="minimum"/> has passed since <paramref name="since"/> and the load has seen
    /// at least one error since then (the fault was felt), up to <paramref name="deadline"/>.</summary>
    public async Task WaitForErrorsAsync(TimeSpan since, TimeSpan minimum, TimeSpan deadline)
    {
        while (Now - since < minimum || ErrorsSince(since) == 0)
        {
            if (Now - since > deadline)
            {
                return;
            }

            await Task.Delay(s_poll);
        }
    }

    /// <summary>From <paramref name="back"/> to the first 201 to a request sent after it (an answer already under way
    /// when the fault struck proves nothing); null if none came.</summary>
    public TimeSpan? FirstCreatedAfter(TimeSpan back)
        => _answers.Where(a => a.At - a.Latency >= back && a.Outcome == FaultOutcome.Created).Select(a => (TimeSpan?)(a.At - back)).Min();

    /// <summary>From <paramref name="back"/> until every slot had answered (201 or <c>slot_full</c>) a request sent
    /// after it: the slots whose grains lived where the fault struck answer last. Null if a slot never answered.</summary>
    public TimeSpan? AllSlotsServingAfter(TimeSpan back, int slots)
    {
        var first = _answers.Where(a => a.At - a.Latency >= back && a.Outcome is FaultOutcome.Created or FaultOutcome.SlotFull)
            .GroupBy(a => a.Slot)
            .ToDictionary(g => g.Key, g => g.Min(a => a.At) - back);
        return first.Count == slots ? first.Values.Max() : null;
    }

    /// <summary>The last error answered, as time since the opening; null if none.</summary>
    public TimeSpan? LastError() => _answers.Where(a => IsError(a.Outcome)).Select(a => (TimeSpan?)a.At).Max();

    private static bool IsError(FaultOutcome outcome) => outcome is FaultOutcome.Unavailable or FaultOutcome.ServerError or FaultOutcome.Unreachable or FaultOutcome.NoAnswer;
}
