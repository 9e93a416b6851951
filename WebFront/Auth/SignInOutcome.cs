namespace CheckIn.WebFront.Auth;

/// <summary>The result of <see cref="SignInService.SignInAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Token">The token when it succeeded.</param>
/// <param name="RetryAfter">When locked out or throttled, how long to wait.</param>
public sealed record SignInOutcome(SignInStatus Status, IssuedToken? Token, TimeSpan RetryAfter);
