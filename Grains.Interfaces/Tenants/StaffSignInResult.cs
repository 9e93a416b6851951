namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>The answer to <see cref="IStaffAccountGrain.SignInAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Account">The account when <see cref="StaffSignInStatus.Succeeded"/>; otherwise null.</param>
/// <param name="RetryAfter">When locked out, how long until the next attempt is considered.</param>
[GenerateSerializer, Immutable, Alias("checkin.StaffSignInResult")]
public sealed record StaffSignInResult(StaffSignInStatus Status, StaffAccount? Account, TimeSpan RetryAfter);
