using System.Security.Cryptography;
using CheckIn.Grains.CheckIn;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Errors;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The check-in area's services in the web front: the inbound-mail options, the mapping of
/// <see cref="CheckInException"/> to problems, and throwaway keys for development and tests.</summary>
public static class CheckInAreaExtensions
{
    private static readonly string[] s_keyNames =
    [
        nameof(CheckInKeyOptions.PseudonymKey),
        nameof(CheckInKeyOptions.VenueCodeKey),
        nameof(CheckInKeyOptions.ContactKey),
    ];

    /// <summary>Adds the check-in area. Outside Development and Testing the keys of <c>CheckIn:Keys</c> must be
    /// configured (the silo refuses to start otherwise); in those two environments missing keys are made up per
    /// process, so a plain <c>dotnet run</c> or a test host starts, and their pseudonyms and codes last one run.</summary>
    public static WebApplicationBuilder AddCheckInArea(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
        {
            var missing = s_keyNames
                .Where(name => string.IsNullOrWhiteSpace(builder.Configuration[$"{CheckInKeyOptions.SectionName}:{name}"]))
                .ToDictionary(name => $"{CheckInKeyOptions.SectionName}:{name}", _ => (string?)Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (missing.Count > 0)
            {
                builder.Configuration.AddInMemoryCollection(missing);
            }
        }

        builder.Services.AddOptions<InboundMailOptions>().BindConfiguration(InboundMailOptions.SectionName);
        builder.Services.AddDomainExceptionMapping<CheckInException>(CheckInFailures.Of);
        return builder;
    }
}
