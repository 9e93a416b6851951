using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Activation;

internal sealed partial class ActivationData
{
    internal void OnRequestCompleted(IInvokable request, Exception? failure)
    {
        _ = request;
        _ = failure;
    }
}
