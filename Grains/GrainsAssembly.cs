namespace CheckIn.Grains;

/// <summary>Names this assembly for <c>AddGrains(typeof(GrainsAssembly).Assembly)</c>.</summary>
public static class GrainsAssembly;
