using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CheckIn.WebFront.Auth;

/// <summary>At start (after the silo): creates the first administrator <c>admin</c> from
/// <c>CHECKIN_ADMIN_PASSWORD</c> when it is set, or says in the log how to; loads the token signing key;
/// and, once the server listens, logs where staff sign in.</summary>
internal sealed partial class AdminBootstrapper(
    IGrainFactory grains,
    IConfiguration configuration,
    SigningKeyProvider keys,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<AdminBootstrapper> logger) : IHostedService
{
    public const string PasswordVariable = "CHECKIN_ADMIN_PASSWORD";
    public const string AdminUsername = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.GetKeyAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var admin = grains.GetGrain<IStaffAccountGrain>(AdminUsername);
        var password = configuration[PasswordVariable];
        if (string.IsNullOrEmpty(password))
        {
            if (await admin.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                LogNoAdministrator(logger, PasswordVariable, StaffRules.PasswordMinLength);
            }
        }
        else
        {
            var status = await admin.CreateAsync(new NewStaffAccount(AdminUsername, password, StaffRoles.Admin, null, "system"))
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            switch (status)
            {
                case StaffCreateStatus.Created:
                    LogAdministratorCreated(logger, AdminUsername, PasswordVariable);
                    break;
                case StaffCreateStatus.UsernameTaken:
                    LogAdministratorExists(logger, AdminUsername, PasswordVariable);
                    break;
                default:
                    LogPasswordRejected(logger, PasswordVariable, StaffRules.PasswordMinLength, StaffRules.PasswordMaxLength);
                    break;
            }
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is not null)
            {
                LogSignInAddress(logger, address.TrimEnd('/') + StaffAuthenticationDefaults.SignInPath);
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
