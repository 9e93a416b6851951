namespace CheckIn.Benchmarks.Faults;

/// <summary>One booking answer: when it came (since the opening), after how long, for which slot (index), and what it was.</summary>
internal readonly record struct FaultAnswer(TimeSpan At, TimeSpan Latency, int Slot, FaultOutcome Outcome);
