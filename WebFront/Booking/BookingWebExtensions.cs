using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Booking.Sessions;
using CheckIn.WebFront.Booking.Vouchers;
using CheckIn.WebFront.Booking.WaitingRoom;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking;

/// <summary>Registers the booking area's services: options, the campaign cache, resident sessions and their
/// per-address limit, the waiting room, voucher import, the staff policies, and the mapping of the grains'
/// <see cref="BookingException"/> to problem details.</summary>
public static class BookingWebExtensions
{
    /// <summary>Adds the booking area. Safe to call twice.</summary>
    public static WebApplicationBuilder AddBookingWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(static d => d.ServiceType == typeof(CampaignDirectory)))
        {
            return builder;
        }

        services.AddOptions<BookingWebOptions>().BindConfiguration(BookingWebOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BookingWebOptions>, BookingWebOptionsValidator>());
        services.AddOptions<WaitingRoomOptions>().BindConfiguration(WaitingRoomOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WaitingRoomOptions>, WaitingRoomOptionsValidator>());

        services.AddSingleton<CampaignDirectory>();
        services.AddSingleton<CampaignSetup>();
        services.AddSingleton<ResidentSessions>();
        services.AddSingleton<ResidentSignIn>();
        services.AddSingleton<VoucherImporter>();
        services.AddSingleton<WaitingRoomGate>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, CampaignAdminHandler>());
        services.AddAuthorizationBuilder()
            .AddPolicy(BookingPolicies.CampaignAdmin, policy => policy
                .AddAuthenticationSchemes(StaffAuthenticationDefaults.Scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new CampaignAdminRequirement()))
            .AddPolicy(BookingPolicies.AnyMunicipalityAdmin, policy => policy
                .AddAuthenticationSchemes(StaffAuthenticationDefaults.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.Role, StaffRoles.MunicipalityAdmin));

        services.AddDomainExceptionMapping<BookingException>(static e => new DomainFailure(e.StatusCode, e.Code, e.Message), static e => e.RetryAfter);
        return builder;
    }
}
