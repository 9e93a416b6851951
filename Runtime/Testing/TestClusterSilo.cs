using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Runtime.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>.</summary>
public sealed class TestClusterSilo : IAsyncDisposable
{
    private readonly ClusterSiloHost _cluster;
    private int _stopped;

    internal TestClusterSilo(IHost host)
    {
        Host = host;
        _cluster = host.Services.GetRequiredService<ClusterSiloHost>();
        Address = _cluster.Self ?? throw new InvalidOperationException("The silo did not join.");
    }

    /// <summary>The silo's host.</summary>
    public IHost Host { get; }

    /// <summary>The silo's cluster address.</summary>
    public SiloAddress Address { get; }

    /// <summary>The silo's grain factory.</summary>
    public IGrainFactory GrainFactory => Host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>False once stopped or crashed.</summary>
    public bool IsRunning => Volatile.Read(ref _stopped) == 0;

    /// <summary>The membership version this silo last read.</summary>
    public long MembershipVersion => _cluster.Membership.View?.Version ?? 0;

    /// <summary>True when this silo holds an activation of <paramref name="grainId"/>.</summary>
    public bool HostsActivation(GrainId grainId) => Host.Services.GetRequiredService<Activation.Catalog>().Find(grainId) is not null;

    /// <summary>Completes when the silo's host begins to stop (for example because it was declared dead).</summary>
    public Task Stopping
    {
        get
        {
            var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
            return stopping.Task;
        }
    }

    /// <summary>Leaves the cluster gracefully: grains are handed off, then the silo stops.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await Host.StopAsync().ConfigureAwait(false);
            Host.Dispose();
        }
    }

    /// <summary>Stops the silo the way a crash would: heartbeats, probes and connections end at once and nothing
    /// is handed off or marked in the table; the other silos must notice and vote it out.</summary>
    public async Task CrashAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _cluster.CrashAsync().ConfigureAwait(false);
            await Host.StopAsync().ConfigureAwait(false);
            Host.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
