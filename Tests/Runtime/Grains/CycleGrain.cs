using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A non-reentrant grain in a call cycle.</summary>
public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> Start(string other) => GrainFactory.GetGrain<ICycleGrain>(other).Relay(GetPrimaryKeyString());

    public async Task<string> Relay(string back)
    {
        var echo = await GrainFactory.GetGrain<ICycleGrain>(back).Echo();
        return $"{GetPrimaryKeyString()}<-{echo}";
    }

    public Task<string> Echo() => Task.FromResult($"echo:{GetPrimaryKeyString()}");
}
