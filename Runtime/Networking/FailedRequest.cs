using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Networking;

/// <summary>Stands in for a request that could not be read, so that its caller still gets an answer.</summary>
internal sealed class FailedRequest : Request<VoidResult>
{
    public FailedRequest(Exception failure)
    {
        TrySetException(failure);
    }

    public override string MethodName => "unreadable";

    protected override ValueTask<VoidResult> InvokeAsync(object grain) => throw new InvalidOperationException("An unreadable request never runs.");
}
