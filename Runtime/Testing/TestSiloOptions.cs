using System.Reflection;
using CheckIn.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Testing;

/// <summary>How a <see cref="TestSilo"/> is set up.</summary>
public sealed class TestSiloOptions
{
    /// <summary>The storage for grain state and reminders.</summary>
    public TestStorage Storage { get; set; } = TestStorage.Memory;

    /// <summary>The connection string for SQLite or PostgreSQL storage.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The assemblies whose grain classes the silo hosts.</summary>
    public IList<Assembly> GrainAssemblies { get; } = [];

    /// <summary>The clock; a new <see cref="ManualTimeProvider"/> unless set.</summary>
    public ManualTimeProvider Time { get; set; } = new();

    /// <summary>Changes silo options (timeouts, queue length, caps).</summary>
    public Action<SiloOptions>? ConfigureSilo { get; set; }

    /// <summary>Adds services the grains depend on.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
