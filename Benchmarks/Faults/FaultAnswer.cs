namespace CheckIn.Benchmarks.Faults;

/// <summary>One booking answer: when it came (since the opening), for which slot (index), and what it was.</summary>
internal readonly record struct FaultAnswer(TimeSpan At, int Slot, FaultOutcome Outcome);
