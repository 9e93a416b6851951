using CheckIn.Grains.Interfaces.Tenants;
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
}
