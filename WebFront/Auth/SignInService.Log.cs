namespace CheckIn.WebFront.Auth;

internal sealed partial class SignInService
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Staff {Username} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string username, string role);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Failed sign-in for {Username} from {Address}")]
    private static partial void LogFailed(ILogger logger, string username, string address);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Sign-in for {Username} refused: account locked after repeated failures")]
    private static partial void LogLockedOut(ILogger logger, string username);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Sign-in from {Address} refused: too many failures from this address")]
    private static partial void LogThrottled(ILogger logger, string address);
}
