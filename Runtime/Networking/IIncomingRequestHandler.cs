using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Networking;

/// <summary>Takes the grain calls that arrive over the network (the silo's router; clients have none).</summary>
internal interface IIncomingRequestHandler
{
    /// <summary>Delivers <paramref name="request"/>; the connection answers the caller when its task completes.</summary>
    void OnRequest(GrainId grainId, IInvokable request);
}
