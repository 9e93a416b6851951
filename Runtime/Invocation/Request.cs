using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
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

    /// <summary>The name this request travels under between silos: the interface and the request class,
    /// overridden by generated requests. Null for requests that never leave their silo.</summary>
    public virtual string? WireName => null;

    IInvokable? IInvokable.Caller { get; set; }

    int IInvokable.Hops { get; set; }

    IReadOnlyList<GrainId>? IInvokable.RemoteChain { get; set; }

    Task IInvokable.AnswerTask => Task;

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

    /// <summary>Writes the arguments as one JSON array, in parameter order (overridden by generated requests).</summary>
    public virtual void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteEndArray();
    }

    void IInvokable.WriteResult(Utf8JsonWriter writer, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, Task.Result, options);

    void IInvokable.SetResultFromWire(ReadOnlySpan<byte> json, JsonSerializerOptions options)
    {
        TResult result;
        try
        {
            result = JsonSerializer.Deserialize<TResult>(json, options)!;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            TrySetException(exception);
            return;
        }

        TrySetResult(result);
    }

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
