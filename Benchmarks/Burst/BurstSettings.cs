using System.Security.Cryptography;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The configuration shared by the in-process silos and the web front of one scenario run: the same
/// check-in keys on both sides (venue codes made by the setup silo must verify in the web front), no mail
/// delivery, no per-address limits or waiting room for a load test from one address.</summary>
internal static class BurstSettings
{
    public static Dictionary<string, string?> Create(IReadOnlyDictionary<string, string?> storage)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CheckIn:Keys:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CheckIn:Keys:VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CheckIn:Keys:ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["CheckIn:TimeZone"] = "Asia/Tokyo",
            ["CheckIn:ExposureWakeInterval"] = "1.00:00:00",
            ["Smtp:Enabled"] = "false",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:FromAddress"] = "no-reply@checkin.burst",
            ["Smtp:MaxSendsPerSecond"] = "100000",
            ["Booking:MaxSlotCapacity"] = "10000",
            ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["RateLimiting:Enabled"] = "false",
            ["WaitingRoom:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in storage)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The same settings as environment variables for a child process (<c>A:B</c> → <c>A__B</c>).</summary>
    public static Dictionary<string, string?> AsEnvironment(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = settings.ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return environment;
    }
}
