namespace CheckIn.Runtime.Invocation;

/// <summary>How the runtime schedules a call, taken by the source generator from the interface method's attributes.</summary>
[Flags]
public enum InvokeFlags
{
    /// <summary>An ordinary call: it runs alone in the activation's turn.</summary>
    None = 0,

    /// <summary>The method is <see cref="ReadOnlyAttribute"/>: it may interleave with other read-only calls.</summary>
    ReadOnly = 1,

    /// <summary>The method is <see cref="AlwaysInterleaveAttribute"/>: it may interleave with anything.</summary>
    AlwaysInterleave = 2,

    /// <summary>The method is <see cref="OneWayAttribute"/>: the caller does not wait.</summary>
    OneWay = 4,
}
