namespace CheckIn.Runtime.Activation;

/// <summary>What happened to a message offered to an activation.</summary>
internal enum EnqueueResult
{
    /// <summary>Queued; it will run in a turn of this activation.</summary>
    Enqueued,

    /// <summary>Refused: the queue is full (back-pressure).</summary>
    Overloaded,

    /// <summary>Refused: the activation is deactivating or gone; send to its successor.</summary>
    Gone,
}
