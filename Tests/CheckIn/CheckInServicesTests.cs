using CheckIn.Grains.CheckIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.CheckIn;

/// <summary>The registration the silo host calls: validated at start, safe to call twice.</summary>
public sealed class CheckInServicesTests
{
    [Fact]
    public async Task Start_WithoutKeys_FailsNamingTheSetting()
    {
        var settings = CheckInSilos.Settings();
        settings.Remove("CheckIn:Keys:ContactKey");
        settings["CheckIn:Keys:VenueCodeKey"] = "not base64!";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => CheckInSilos.StartAsync(settings));

        Assert.Contains("CheckIn:Keys:ContactKey is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("CheckIn:Keys:VenueCodeKey is not valid base64", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CheckIn:TimeZone", "Mars/Olympus", "CheckIn:TimeZone")]
    [InlineData("CheckIn:Retention", "-1.00:00:00", "CheckIn:Retention")]
    [InlineData("Smtp:Port", "0", "Smtp:Port")]
    [InlineData("Smtp:MaxSendsPerSecond", "0", "Smtp:MaxSendsPerSecond")]
    [InlineData("Smtp:FromAddress", "nobody", "Smtp:FromAddress")]
    [InlineData("Smtp:UnavailableRetryDelay", "00:00:00", "Smtp:UnavailableRetryDelay")]
    [InlineData("Smtp:IdleConnectionLifetime", "00:00:00", "Smtp:IdleConnectionLifetime")]
    public async Task Start_BadSetting_FailsNamingIt(string key, string value, string named)
    {
        var settings = CheckInSilos.Settings();
        settings[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => CheckInSilos.StartAsync(settings));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCheckInServices_Twice_RegistersOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(CheckInSilos.Settings()).Build();
        var services = new ServiceCollection().AddCheckInServices(configuration).AddCheckInServices(configuration);

        Assert.Single(services, static d => d.ServiceType == typeof(Grains.CheckIn.Mail.WarningMailSender));
        using var provider = services.AddLogging().AddSingleton(TimeProvider.System).BuildServiceProvider();
        Assert.Equal("Asia/Tokyo", provider.GetRequiredService<IOptions<CheckInOptions>>().Value.TimeZone);
        Assert.NotNull(provider.GetRequiredService<Grains.CheckIn.Mail.WarningMailSender>());
    }
}
