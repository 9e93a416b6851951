using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Activation;

internal sealed partial class ActivationData
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Grain {GrainId} failed to activate")]
    private static partial void LogActivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Grain {GrainId} threw from OnDeactivateAsync")]
    private static partial void LogDeactivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Grain {GrainId} deactivated ({Reason})")]
    private static partial void LogDeactivated(ILogger logger, GrainId grainId, DeactivationReason reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "An unobserved continuation of grain {GrainId} threw")]
    private static partial void LogContinuationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "One-way call {Method} to grain {GrainId} failed")]
    private static partial void LogOneWayFailed(ILogger logger, string method, GrainId grainId, Exception exception);
}
