using System.Security.Cryptography;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.CheckIn;

/// <summary>Test silos with the check-in grains and services, configured the way the silo host will do it
/// (<c>AddCheckInSilo</c> over configuration settings).</summary>
internal static class CheckInSilos
{
    /// <summary>Keys for this test run; the same across restarts of a test silo, as in production.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Keys = new Dictionary<string, string?>
    {
        ["CheckIn:Keys:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

    /// <summary>Settings for a silo whose mail goes to 127.0.0.1:<paramref name="smtpPort"/> (a closed port when null,
    /// with sending off).</summary>
    public static Dictionary<string, string?> Settings(int? smtpPort = null)
    {
        var settings = new Dictionary<string, string?>(Keys)
        {
            ["CheckIn:TimeZone"] = "Asia/Tokyo",
            ["CheckIn:MailDomain"] = "in.checkin.test",
            ["Smtp:Enabled"] = smtpPort is null ? "false" : "true",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = (smtpPort ?? 9).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:FromAddress"] = "no-reply@checkin.test",
            ["Smtp:MaxSendsPerSecond"] = "1000",
            ["Smtp:Timeout"] = "00:00:20",
            ["Smtp:RetryBaseDelay"] = "00:00:05",
            ["Smtp:RetryMaxDelay"] = "00:01:00",
        };
        return settings;
    }

    /// <summary>Starts a silo with the check-in grains over <paramref name="settings"/> (default: <see cref="Settings"/>).</summary>
    public static Task<TestSilo> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<TestSiloOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        return TestSilos.StartAsync(options =>
        {
            foreach (var (key, value) in settings ?? Settings())
            {
                options.Settings[key] = value;
            }

            options.ConfigureServices = services;
            configure?.Invoke(options);
        });
    }

    /// <summary>Registers a venue in a fresh tenant.</summary>
    public static Task<VenueInfo> RegisterVenueAsync(this TestSilo silo, string name = "カフェ テスト", string? tenant = null)
        => silo.GrainFactory.GetGrain<IVenueDirectoryGrain>(tenant ?? NewTenant())
            .Register(new VenueRegistration(name, "restaurant", "大阪市中央区1-1", "operator-1"));

    public static string NewTenant() => "t-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A fresh address for one visitor of one test.</summary>
    public static string NewEmail(string who = "visitor") => $"{who}.{Guid.NewGuid():N}@example.jp";

    public static Task<CheckInResult> CheckInAsync(this TestSilo silo, string code, string email)
        => silo.GrainFactory.GetGrain<ICheckInGrain>(ICheckInGrain.Key).CheckIn(code, email, CheckInChannel.Web);
}
