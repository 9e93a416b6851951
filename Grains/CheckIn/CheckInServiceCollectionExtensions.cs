using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Grains.CheckIn.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>Registers what the check-in grains need in the silo's services.</summary>
public static class CheckInServiceCollectionExtensions
{
    /// <summary>Adds the check-in options (sections <c>CheckIn</c>, <c>CheckIn:Keys</c> and <c>Smtp</c> of
    /// <paramref name="configuration"/>, validated at start), the keyed hash, code signer and contact cipher, and
    /// the outbound mail (SMTP transport, rate limiter, composer, sender). Safe to call twice: the second call adds
    /// nothing. A transport registered before this call (a test double) is kept.</summary>
    public static IServiceCollection AddCheckInServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(static d => d.ServiceType == typeof(CheckInServicesMarker)))
        {
            return services;
        }

        services.AddSingleton<CheckInServicesMarker>();
        services.AddOptions<CheckInOptions>().Bind(configuration.GetSection(CheckInOptions.SectionName)).ValidateOnStart();
        services.AddOptions<CheckInKeyOptions>().Bind(configuration.GetSection(CheckInKeyOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckInOptions>, CheckInOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckInKeyOptions>, CheckInKeyOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());

        services.TryAddSingleton<LocalCalendar>();
        services.TryAddSingleton<VenueCodeSigner>();
        services.TryAddSingleton<VisitorPseudonymizer>();
        services.TryAddSingleton<ContactCipher>();
        services.TryAddSingleton<MailRateLimiter>();
        services.TryAddSingleton<WarningMailComposer>();
        services.TryAddSingleton<WarningMailSender>();
        services.TryAddSingleton<IMailTransport, SmtpMailTransport>();
        return services;
    }

    /// <summary>Marks the services as added.</summary>
    private sealed class CheckInServicesMarker;
}
