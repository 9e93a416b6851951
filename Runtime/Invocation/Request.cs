using System.ComponentModel;
using System.Runtime.CompilerServices;
using CheckIn.Runtime.Activation;

namespace CheckIn.Runtime.Invocation;

/// <summary>A call to one grain method with its arguments: the source generator emits one subclass per
/// interface method. The request is also the caller's completion source, so a call allocates the
/// request and its task and nothing else.</summary>
/// <typeparam name="TResult">The method's result type; <see cref="VoidResult"/> for methods without one.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class Request<TResult> : TaskCompletionSource<TResult>, IInvokable
{
    private ValueTask<TResult> _pending;
    private ActivationData? _activation;
    private Action? _onPendingCompleted;

    /// <summary>Called by generated requests.</summary>
    protected Request()
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
    }

    /// <summary>The name of the interface method this request calls.</summary>
    public abstract string MethodName { get; }

    /// <summary>How the call may interleave (from the method's attributes).</summary>
    public virtual InvokeFlags Flags => InvokeFlags.None;

    IInvokable? IInvokable.Caller { get; set; }

    ActivationData? IInvokable.Target { get; set; }

    long IInvokable.SentTimestamp { get; set; }

    bool IInvokable.IsAnswered => Task.IsCompleted;

    /// <summary>Calls the grain method (generated).</summary>
    protected abstract ValueTask<TResult> InvokeAsync(object grain);

    void IInvokable.Start(ActivationData activation, object grain, bool flowCallContext)
    {
        ValueTask<TResult> result;
        try
        {
            if (flowCallContext)
            {
                // Setting an AsyncLocal allocates an execution context: only interleaving requests pay it.
                var previous = CallContext.Current;
                CallContext.Current = this;
                try
                {
                    result = InvokeAsync(grain);
                }
                finally
                {
                    CallContext.Current = previous;
                }
            }
            else
            {
                result = InvokeAsync(grain);
            }
        }
        catch (Exception exception)
        {
            TrySetException(exception);
            activation.OnRequestCompleted(this, exception);
            return;
        }

        if (result.IsCompleted)
        {
            Complete(activation, result);
            return;
        }

        _pending = result;
        _activation = activation;
        // ConfigureAwait(true): the completion is posted to the activation's own context, so the
        // activation's bookkeeping below runs inside its turn like any continuation.
        result.ConfigureAwait(true).GetAwaiter().UnsafeOnCompleted(_onPendingCompleted ??= OnPendingCompleted);
    }

    void IInvokable.Fail(Exception exception) => TrySetException(exception);

    private void OnPendingCompleted()
    {
        var activation = _activation!;
        var result = _pending;
        _pending = default;
        _activation = null;
        Complete(activation, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Complete(ActivationData activation, ValueTask<TResult> result)
    {
        Exception? failure = null;
        try
        {
            TrySetResult(result.GetAwaiter().GetResult());
        }
        catch (Exception exception)
        {
            failure = exception;
            TrySetException(exception);
        }

        activation.OnRequestCompleted(this, failure);
    }
}
