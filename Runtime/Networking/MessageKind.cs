namespace CheckIn.Runtime.Networking;

/// <summary>The first byte of every frame after its length.</summary>
internal enum MessageKind : byte
{
    /// <summary>The first frame on a connection: who is dialing.</summary>
    Hello = 1,

    /// <summary>A grain call.</summary>
    Request = 2,

    /// <summary>The answer to a call.</summary>
    Response = 3,

    /// <summary>A liveness probe.</summary>
    Ping = 4,

    /// <summary>The answer to a probe.</summary>
    Pong = 5,
}
