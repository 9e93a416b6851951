namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A well-formed line of a voucher import.</summary>
/// <param name="LineNumber">Its line in the file, from 1.</param>
/// <param name="VoucherNumber">Ten digits.</param>
/// <param name="BirthDate">The holder's birth date.</param>
[GenerateSerializer, Immutable, Alias("checkin.VoucherCsvLine")]
public sealed record VoucherCsvLine(int LineNumber, string VoucherNumber, DateOnly BirthDate);
