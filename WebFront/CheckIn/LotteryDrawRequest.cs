namespace CheckIn.WebFront.CheckIn;

/// <summary>The body of <c>POST /api/tenants/{tenant}/lottery/draws</c>; the same <c>DrawId</c> again returns the
/// recorded draw.</summary>
public sealed record LotteryDrawRequest(string? DrawId, int? Winners);
