namespace CheckIn.Grains.Interfaces.Throttling;

/// <summary>How many failures an <see cref="IAddressFailureGrain"/> allows and for how long each counts. Sent with
/// every call, because the limits are the caller's settings (the web front's <c>Auth</c> and <c>BookingWeb</c>
/// sections), which silo processes do not read.</summary>
/// <param name="MaxFailures">Failures within <paramref name="Window"/> after which the address is refused; at least 1.</param>
/// <param name="Window">How long a failure counts; positive.</param>
[GenerateSerializer, Immutable, Alias("checkin.FailureLimit")]
public sealed record FailureLimit(int MaxFailures, TimeSpan Window);
