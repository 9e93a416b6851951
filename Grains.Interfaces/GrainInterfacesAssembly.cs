namespace CheckIn.Grains.Interfaces;

/// <summary>Names this assembly, which holds the grain interfaces and the records they exchange.</summary>
public static class GrainInterfacesAssembly;
