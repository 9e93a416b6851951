using System.Reflection;
using CheckIn.Runtime.Membership;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Runtime.Testing;

/// <summary>How <see cref="TestCluster"/> starts its silos.</summary>
public sealed class TestClusterOptions
{
    /// <summary>The PostgreSQL database for membership, state and reminders.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The cluster id; unique per cluster by default, so clusters of different tests never meet.</summary>
    public string ClusterId { get; set; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The assemblies whose grain classes every silo hosts.</summary>
    public List<Assembly> GrainAssemblies { get; } = [];

    /// <summary>Further services for every silo.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Timings for tests: a dead silo is found in about two seconds, and a loaded machine does not
    /// vote a live silo out (three probes of two seconds each must fail in a row).</summary>
    public Action<ClusterOptions> ConfigureCluster { get; set; } = static o =>
    {
        o.RefreshPeriod = TimeSpan.FromMilliseconds(200);
        o.ProbePeriod = TimeSpan.FromMilliseconds(500);
        o.ProbeTimeout = TimeSpan.FromSeconds(2);
        o.HeartbeatLease = TimeSpan.FromSeconds(3);
    };
}
