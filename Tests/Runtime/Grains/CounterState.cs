namespace CheckIn.Tests.Runtime.Grains;

/// <summary>The counter's stored state.</summary>
public sealed class CounterState
{
    public int Value { get; set; }
}
