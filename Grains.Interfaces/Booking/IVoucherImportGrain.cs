namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Imports voucher files into a campaign's register (key: the campaign id; a stateless worker).</summary>
[Alias("checkin.IVoucherImportGrain")]
public interface IVoucherImportGrain : IGrainWithStringKey
{
    /// <summary>Parses and imports a CSV file (<see cref="VoucherCsvParser"/>); reports every rejected line.</summary>
    Task<VoucherImportResult> ImportCsv(string csv);

    /// <summary>Imports parsed lines (for a file split into parts); duplicates and lines already in the
    /// register are rejected.</summary>
    Task<VoucherImportResult> Import(IReadOnlyList<VoucherCsvLine> lines);
}
