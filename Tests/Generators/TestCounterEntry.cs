namespace CheckIn.Tests.Generators;

/// <summary>A record argument of <see cref="ITestCounterGrain"/>, as grain contracts exchange them.</summary>
public sealed record TestCounterEntry(DateTimeOffset At, int Amount, string? Note);
