using System.Text.Json;
using CheckIn.Runtime.Activation;

namespace CheckIn.Runtime.Invocation;

/// <summary>The runtime's non-generic view of a request: what the scheduler needs to queue, start,
/// time out and trace a call.</summary>
internal interface IInvokable
{
    /// <summary>The method's name, for metrics and errors.</summary>
    string MethodName { get; }

    /// <summary>How the call may interleave.</summary>
    InvokeFlags Flags { get; }

    /// <summary>The request during whose turn this one was sent, if it was sent from a grain: the call
    /// chain, walked to allow call-chain reentrancy instead of a deadlock.</summary>
    IInvokable? Caller { get; set; }

    /// <summary>The activation this request was delivered to.</summary>
    ActivationData? Target { get; set; }

    /// <summary>When the request was sent, in <see cref="TimeProvider.GetTimestamp"/> units.</summary>
    long SentTimestamp { get; set; }

    /// <summary>True once the caller has its answer (result, exception or timeout).</summary>
    bool IsAnswered { get; }

    /// <summary>Starts the invocation on <paramref name="grain"/> inside the activation's turn; the
    /// activation is told through <see cref="ActivationData.OnRequestCompleted"/> when it ends. When
    /// <paramref name="flowCallContext"/> is set, the request becomes <see cref="CallContext.Current"/> for
    /// its async flow; otherwise it is the activation's only running request and is found through it.</summary>
    void Start(ActivationData activation, object grain, bool flowCallContext);

    /// <summary>Answers the caller with an exception without running the request.</summary>
    void Fail(Exception exception);

    /// <summary>The name the request travels under between processes (interface and method); null for
    /// requests the runtime sends itself, which never leave their silo.</summary>
    string? WireName { get; }

    /// <summary>For a request that arrived from another process: the grains of its call chain there (the
    /// call-chain reentrancy check cannot follow <see cref="Caller"/> across processes).</summary>
    IReadOnlyList<GrainId>? RemoteChain { get; set; }

    /// <summary>How many silos have forwarded this request so far.</summary>
    int Hops { get; set; }

    /// <summary>Completes when the caller has its answer.</summary>
    Task AnswerTask { get; }

    /// <summary>Writes the arguments as a JSON array (generated code).</summary>
    void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options);

    /// <summary>Writes the successful result as JSON.</summary>
    void WriteResult(Utf8JsonWriter writer, JsonSerializerOptions options);

    /// <summary>Answers the caller with a result read from JSON.</summary>
    void SetResultFromWire(ReadOnlySpan<byte> json, JsonSerializerOptions options);
}
