using System.Security.Cryptography;
using CheckIn.Benchmarks.CheckIn;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The configuration shared by the in-process silos and the web front of one scenario run: the same
/// check-in keys on both sides (venue codes made by the setup silo must verify in the web front), no mail
/// delivery, no per-address limits or waiting room for a load test from one address.</summary>
internal static class BurstSettings
{
    public static Dictionary<string, string?> Create(IReadOnlyDictionary<string, string?> storage)
    {
        // The check-in benchmarks' settings (fresh keys, Tokyo time, no mail delivery, no reminder wake-ups), plus
        // what the booking side and the web front need for a load test.
        var settings = CheckInBenchmarkHost.DefaultSettings();
        settings["Booking:MaxSlotCapacity"] = "10000";
        settings["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["RateLimiting:Enabled"] = "false";
        settings["WaitingRoom:Enabled"] = "false";
        settings["Logging:LogLevel:Default"] = "Warning";
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
