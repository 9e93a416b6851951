namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A parsed voucher file: the good lines to import and the rejected ones.</summary>
/// <param name="Lines">The well-formed lines, in file order, without duplicates.</param>
/// <param name="Rejected">The rejected lines, in file order, each with its reason.</param>
[GenerateSerializer, Immutable, Alias("checkin.VoucherCsvParseResult")]
public sealed record VoucherCsvParseResult(IReadOnlyList<VoucherCsvLine> Lines, IReadOnlyList<VoucherCsvRejection> Rejected);
