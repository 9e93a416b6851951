namespace CheckIn.Runtime;

/// <summary>Overrides the idle time after which an activation of this grain class is deactivated
/// (the silo default is 15 minutes).</summary>
/// <param name="minutes">Idle minutes before deactivation.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute(double minutes) : Attribute
{
    /// <summary>The idle time before deactivation.</summary>
    public TimeSpan Age { get; } = TimeSpan.FromMinutes(minutes);
}
