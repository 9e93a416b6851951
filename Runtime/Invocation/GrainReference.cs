using System.ComponentModel;

namespace CheckIn.Runtime.Invocation;

/// <summary>Base class of the proxies the source generator emits for grain interfaces. A reference is
/// cheap, holds no activation, and can be kept and shared freely.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainReference : IEquatable<GrainReference>
{
    /// <summary>Called by generated proxies.</summary>
    protected GrainReference(GrainReferenceRuntime runtime, GrainId grainId)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        Runtime = runtime;
        GrainId = grainId;
    }

    /// <summary>The grain this reference addresses.</summary>
    public GrainId GrainId { get; }

    internal GrainReferenceRuntime Runtime { get; }

    /// <summary>The activation this reference last reached; a hint that saves a catalog lookup per call.</summary>
    internal object? CachedTarget { get; set; }

    /// <summary>Sends a request and returns the task that completes with its result.</summary>
    protected Task<TResult> InvokeAsync<TResult>(Request<TResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Runtime.Send(this, request);
        return request.Task;
    }

    /// <summary>Sends a one-way request: the caller gets a completed task at once and never the result.</summary>
    protected Task InvokeOneWay(Request<VoidResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Runtime.Send(this, request);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public bool Equals(GrainReference? other) => other is not null && other.GrainId == GrainId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrainReference);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
