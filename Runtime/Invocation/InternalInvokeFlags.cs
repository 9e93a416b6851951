namespace CheckIn.Runtime.Invocation;

/// <summary>Runtime-only bits of <see cref="InvokeFlags"/> for messages the runtime sends itself.</summary>
internal static class InternalInvokeFlags
{
    /// <summary>The message (a timer tick) does not count as activity for idle collection.</summary>
    public const InvokeFlags NoKeepAlive = (InvokeFlags)(1 << 16);
}
