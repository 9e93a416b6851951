using System.ComponentModel;

namespace CheckIn.Runtime.Invocation;

/// <summary>What a grain reference sends its requests through. Generated proxies pass it on to
/// <see cref="GrainReference"/>; grain code never touches it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainReferenceRuntime
{
    private protected GrainReferenceRuntime()
    {
    }

    internal abstract void Send(GrainReference target, IInvokable request);
}
