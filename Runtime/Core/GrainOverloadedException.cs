namespace CheckIn.Runtime;

/// <summary>A call was refused at once because the target activation's queue is full. Distinct from a
/// timeout: nothing was executed, and the caller may retry later (the web front answers 503 with
/// Retry-After).</summary>
public sealed class GrainOverloadedException : Exception
{
    /// <summary>Creates the exception for a grain whose queue holds <paramref name="queueLength"/> messages.</summary>
    public GrainOverloadedException(GrainId grain, int queueLength)
        : base($"Grain {grain} is overloaded: {queueLength} messages are queued, which is the limit. Retry later.")
    {
        Grain = grain;
    }

    /// <summary>The overloaded grain.</summary>
    public GrainId Grain { get; }
}
