namespace CheckIn.WebFront.Auth;

internal sealed partial class AdminBootstrapper
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "No administrator exists yet. Set the environment variable {Variable} to a password of at least {MinLength} characters and restart: the administrator 'admin' is created with it (e.g. CHECKIN_ADMIN_PASSWORD='choose-a-long-one' dotnet run --project WebFront)")]
    private static partial void LogNoAdministrator(ILogger logger, string variable, int minLength);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Created the administrator '{Username}' with the password from {Variable}")]
    private static partial void LogAdministratorCreated(ILogger logger, string username, string variable);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "The administrator '{Username}' exists already; {Variable} was not applied (it only creates the first administrator)")]
    private static partial void LogAdministratorExists(ILogger logger, string username, string variable);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{Variable} was not used: a password must have {MinLength} to {MaxLength} characters")]
    private static partial void LogPasswordRejected(ILogger logger, string variable, int minLength, int maxLength);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Staff sign in at {Url}")]
    private static partial void LogSignInAddress(ILogger logger, string url);
}
