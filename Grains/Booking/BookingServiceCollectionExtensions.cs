using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Booking;

/// <summary>Registers what the booking grains need.</summary>
public static class BookingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BookingOptions"/> bound from the <c>Booking</c> section of
    /// <paramref name="configuration"/> and validated at start. Safe to call twice.</summary>
    public static IServiceCollection AddBookingServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(static d => d.ServiceType == typeof(BookingServicesMarker)))
        {
            return services;
        }

        services.AddSingleton<BookingServicesMarker>();
        services.AddOptions<BookingOptions>().Bind(configuration.GetSection(BookingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BookingOptions>, BookingOptionsValidator>());
        return services;
    }
}
