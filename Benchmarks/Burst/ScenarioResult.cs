namespace CheckIn.Benchmarks.Burst;

/// <summary>What one scenario in one mode measured, and what the read-back after the restart found.</summary>
internal sealed class ScenarioResult
{
    private LatencySummary? _latency;

    /// <summary>The scenario (see <see cref="BurstScenarios"/>).</summary>
    public required string Scenario { get; init; }

    /// <summary><c>in-process</c> or <c>HTTP</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>Where the state lived (SQLite, PostgreSQL, none).</summary>
    public required string Storage { get; init; }

    /// <summary>The scenario's parameters, for people.</summary>
    public required string Parameters { get; init; }

    /// <summary>True when the client paced the requests at a target rate: requests/s then says what was asked for,
    /// not what the target can serve.</summary>
    public bool Paced { get; init; }

    /// <summary>Every request of the measured phase.</summary>
    public required IReadOnlyList<OperationSample> Samples { get; init; }

    /// <summary>Seats (or check-ins) stored beyond what was allowed: must be 0.</summary>
    public int Overbookings { get; set; }

    /// <summary>Residents holding more than one active reservation, or a visitor stored twice: must be 0.</summary>
    public int DoubleBookings { get; set; }

    /// <summary>Whether the read-back after the restart found exactly what the client was told; null when the
    /// scenario stores nothing.</summary>
    public bool? Verified { get; set; }

    /// <summary>What the read-back compared.</summary>
    public string Verification { get; set; } = "not applicable";

    /// <summary>Further figures (setup rates, exposure report).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Requests that ended <see cref="BurstOutcomes.Confirmed"/>.</summary>
    public int Confirmed => Samples.Count(s => s.Outcome == BurstOutcomes.Confirmed);

    /// <summary>From the first request's start to the last one's end, in seconds.</summary>
    public double DurationSeconds => Samples.Count == 0 ? 0 : Samples.Max(s => s.EndMs) / 1000;

    /// <summary>Confirmed operations per second, over the time until the last confirmation (after it, only
    /// refusals remain: the seats are gone).</summary>
    public double ConfirmedPerSecond
    {
        get
        {
            var last = LastConfirmationMs;
            return last <= 0 ? 0 : Confirmed / (last / 1000);
        }
    }

    /// <summary>When the last confirmation was answered, in milliseconds since the run started; 0 without any.</summary>
    public double LastConfirmationMs => Samples.Where(s => s.Outcome == BurstOutcomes.Confirmed).Select(s => s.EndMs).DefaultIfEmpty(0).Max();

    /// <summary>Requests answered by the time the last confirmation was: the work the engine did while it still
    /// had seats to give (after it, only refusals remain).</summary>
    public int RequestsUntilLastConfirmation
    {
        get
        {
            var last = LastConfirmationMs;
            return last <= 0 ? 0 : Samples.Count(s => s.EndMs <= last);
        }
    }

    /// <summary>Answered requests per second, whatever the answer.</summary>
    public double RequestsPerSecond => DurationSeconds <= 0 ? 0 : Samples.Count / DurationSeconds;

    /// <summary>Latency of every request, refusals included.</summary>
    public LatencySummary Latency => _latency ??= LatencySummary.Of(Samples.Select(s => s.LatencyMs));

    /// <summary>Requests by outcome, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Outcomes => [.. Samples
        .GroupBy(s => s.Outcome)
        .Select(g => KeyValuePair.Create(g.Key, g.Count()))
        .OrderByDescending(p => p.Value)];

    /// <summary>Requests that ended neither confirmed nor with an expected domain refusal.</summary>
    public int Errors(params string[] expected)
        => Samples.Count(s => s.Outcome != BurstOutcomes.Confirmed && !expected.Contains(s.Outcome));

    /// <summary>A label such as "stampede, in-process, PostgreSQL".</summary>
    public string Title => $"{Scenario}, {Mode}, {Storage}";
}
