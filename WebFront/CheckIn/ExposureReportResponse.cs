namespace CheckIn.WebFront.CheckIn;

/// <summary>An accepted exposure report: the recipients are selected and their warnings queued durably.</summary>
public sealed record ExposureReportResponse(string ExposureId, int Recipients, DateTimeOffset From, DateTimeOffset To, DateTimeOffset Until);
