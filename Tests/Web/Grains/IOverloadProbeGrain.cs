namespace CheckIn.Tests.Web.Grains;

/// <summary>A grain that holds its activation busy until the test releases it, so that further calls queue up
/// against Orleans' per-activation request limit.</summary>
[Alias("CheckIn.Tests.Web.Grains.IOverloadProbeGrain")]
public interface IOverloadProbeGrain : IGrainWithStringKey
{
    /// <summary>Completes when <see cref="OverloadProbeGrain.Release"/> is called for this grain's key.</summary>
    Task Hold();
}
