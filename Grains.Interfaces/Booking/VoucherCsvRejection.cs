namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A line of a voucher import that was not applied, and why.</summary>
/// <param name="Line">Its line in the file, from 1.</param>
/// <param name="Reason">Why, starting with one of the <see cref="VoucherCsvReasons"/> prefixes.</param>
[GenerateSerializer, Immutable, Alias("checkin.VoucherCsvRejection")]
public sealed record VoucherCsvRejection(int Line, string Reason);
