using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Testing;

/// <summary>How a <see cref="TestSilo"/> is set up.</summary>
public sealed class TestSiloOptions
{
    /// <summary>Where grain state and reminders live.</summary>
    public TestStorage Storage { get; set; } = TestStorage.Memory;

    /// <summary>The storage's connection string (SQLite: a temporary file when null).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How many silos the test cluster runs.</summary>
    public int Silos { get; set; } = 1;

    /// <summary>The clock of grains, grain timers and reminders; Orleans' own maintenance loops keep real time.</summary>
    public ManualTimeProvider Time { get; set; } = new();

    /// <summary>Configuration entries, as the silo host would read them (sections <c>Silo</c>, <c>Booking</c>,
    /// <c>CheckIn</c>, <c>Smtp</c>, ...).</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra services (test doubles), registered after the product's.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
