namespace CheckIn.Runtime.Generators;

/// <summary>Names of the generator's pipeline steps, so that tests can check that an unrelated edit is
/// served from the driver's cache.</summary>
public static class GrainProxyTrackingNames
{
    /// <summary>The grain interface models, one per interface.</summary>
    public const string GrainInterfaces = nameof(GrainInterfaces);

    /// <summary>All interface names, which decide the files' hint names.</summary>
    public const string InterfaceNames = nameof(InterfaceNames);

    /// <summary>The module initializer's list of proxies.</summary>
    public const string Registrations = nameof(Registrations);
}
