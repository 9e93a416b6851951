namespace CheckIn.Runtime;

/// <summary>Names a grain class's type in grain ids and storage keys, so a class can be renamed
/// without orphaning its stored state.</summary>
/// <param name="name">The stable grain type name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The stable grain type name.</summary>
    public string Name { get; } = name;
}
