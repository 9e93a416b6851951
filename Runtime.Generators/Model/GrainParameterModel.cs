namespace CheckIn.Runtime.Generators.Model;

/// <summary>A parameter of a grain method: its fully qualified type (with nullable annotations) and its
/// name, escaped if it is a keyword.</summary>
internal sealed record GrainParameterModel(string Type, string Name);
