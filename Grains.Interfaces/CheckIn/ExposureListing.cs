namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>One exposure reported for a venue.</summary>
/// <param name="ExposureId">The exposure's id.</param>
/// <param name="From">The start of the window.</param>
/// <param name="To">The end of the window.</param>
/// <param name="ReportedAt">When it was first reported.</param>
[GenerateSerializer, Immutable, Alias("checkin.ExposureListing")]
public sealed record ExposureListing(string ExposureId, DateTimeOffset From, DateTimeOffset To, DateTimeOffset ReportedAt);
