namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The outcome of a voucher import (the body of the contract's <c>200 {imported, rejected}</c>).
/// Every line is either imported whole or rejected with its reason.</summary>
/// <param name="Imported">How many lines are now in the register.</param>
/// <param name="Rejected">The lines that were not, in line order.</param>
[GenerateSerializer, Immutable, Alias("checkin.VoucherImportResult")]
public sealed record VoucherImportResult(int Imported, IReadOnlyList<VoucherCsvRejection> Rejected);
