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
    /// configured (the silo refuses to start otherwise). In Development missing keys are made once and kept in
    /// <c>CheckIn:DevelopmentKeyFile</c> (default <c>checkin-dev-keys.json</c> in the working directory, beside
    /// <c>checkin.db</c>), so posters printed during a trial keep working after a restart; in Testing they are made up
    /// per process.</summary>
    public static WebApplicationBuilder AddCheckInArea(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var missing = s_keyNames
            .Select(static name => $"{CheckInKeyOptions.SectionName}:{name}")
            .Where(key => string.IsNullOrWhiteSpace(builder.Configuration[key]))
            .ToList();
        if (missing.Count > 0 && builder.Environment.IsDevelopment())
        {
            var file = builder.Configuration["CheckIn:DevelopmentKeyFile"] ?? "checkin-dev-keys.json";
            var keys = DevelopmentKeyFile.LoadOrCreate(file, missing);
            builder.Configuration.AddInMemoryCollection(missing.ToDictionary(static key => key, key => (string?)keys[key]));
        }
        else if (missing.Count > 0 && builder.Environment.IsEnvironment("Testing"))
        {
            builder.Configuration.AddInMemoryCollection(missing.ToDictionary(static key => key, static _ => (string?)Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        }

        builder.Services.AddOptions<InboundMailOptions>().BindConfiguration(InboundMailOptions.SectionName);
        builder.Services.AddOptions<CheckInLinkOptions>()
            .BindConfiguration(CheckInLinkOptions.SectionName)
            .Validate(
                static o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                $"{CheckInLinkOptions.SectionName}:PublicBaseUrl must be an absolute http or https URL, for example https://checkin.example.jp/")
            .ValidateOnStart();
        builder.Services.AddDomainExceptionMapping<CheckInException>(CheckInFailures.Of);
        return builder;
    }
}
