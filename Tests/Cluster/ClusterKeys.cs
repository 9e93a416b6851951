using CheckIn.Runtime;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>Finds keys that a given silo owns, by calling fresh keys until one lands there.</summary>
internal static class ClusterKeys
{
    public static async Task<string> OwnedByAsync(TestClusterSilo owner, string grainType, Func<string, Task> touch)
    {
        for (var i = 0; i < 200; i++)
        {
            var key = Signals.NewName(grainType);
            await touch(key);
            if (owner.HostsActivation(new GrainId(grainType, key)))
            {
                return key;
            }
        }

        throw new InvalidOperationException($"No {grainType} key landed on {owner.Address}.");
    }
}
