using CheckIn.Runtime.Activation;

namespace CheckIn.Runtime.Invocation;

/// <summary>The request whose turn the current async flow belongs to. Outgoing calls read it to extend
/// the call chain. One non-generic holder: a static field of the generic <see cref="Request{TResult}"/>
/// would be a separate field per result type.</summary>
internal static class CallContext
{
    private static readonly AsyncLocal<IInvokable?> s_current = new();

    public static IInvokable? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>The request on whose behalf the running code sends a call: the flowed one if an
    /// interleaving request set it, else the only running request of the activation whose turn this is.</summary>
    public static IInvokable? CurrentCaller
        => s_current.Value ?? (SynchronizationContext.Current as ActivationData)?.ExclusiveRequest;
}
