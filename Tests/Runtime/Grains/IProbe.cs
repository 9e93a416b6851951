using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>The probe contract: records how many of its messages are inside the grain at once.</summary>
public interface IProbe : IGrainWithStringKey
{
    /// <summary>Enters, waits for the gate <paramref name="gate"/>, leaves; counts under <paramref name="probe"/>.</summary>
    Task Enter(string probe, string gate);

    /// <summary>Like <see cref="Enter"/>, but read-only.</summary>
    [ReadOnly]
    Task Read(string probe, string gate);

    /// <summary>Returns at once to the caller, then waits for the gate inside the grain.</summary>
    [OneWay]
    Task Notify(string probe, string gate);
}
