namespace CheckIn.Grains.Interfaces.Throttling;

/// <summary>The failed sign-ins of one client address in one scope (key: <see cref="AddressFailureKeys"/>), in a
/// sliding window. One activation in the whole cluster, so every web front counts against the same limit.</summary>
[Alias("checkin.IAddressFailureGrain")]
public interface IAddressFailureGrain : IGrainWithStringKey
{
    /// <summary>Null when the address may try; otherwise how long until one of its failures stops counting.</summary>
    Task<TimeSpan?> GetBlockedAsync(FailureLimit limit);

    /// <summary>Counts a failure now; answers as <see cref="GetBlockedAsync"/> would right after it.</summary>
    Task<TimeSpan?> RecordFailureAsync(FailureLimit limit);
}
