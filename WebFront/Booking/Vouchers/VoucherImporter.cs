using CheckIn.Grains.Interfaces.Booking;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Vouchers;

/// <summary>Imports a voucher file into a campaign's register: parsed here (every bad line reported with its
/// reason), then sent to the import grain in chunks of <see cref="BookingWebOptions.VoucherImportChunkSize"/>
/// lines, so that no call comes near the grain call timeout however large the file. Each line is stored whole
/// or not at all; importing the same file again reports its lines as already registered.</summary>
public sealed class VoucherImporter(IGrainFactory grains, TimeProvider time, IOptions<BookingWebOptions> options)
{
    public async Task<VoucherImportResult> ImportAsync(CampaignInfo campaign, string csv)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(csv);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(campaign.UtcOffset).DateTime);
        var parsed = VoucherCsvParser.Parse(csv, today);
        var importer = grains.GetGrain<IVoucherImportGrain>(campaign.CampaignId);
        var imported = 0;
        var rejected = new List<VoucherCsvRejection>(parsed.Rejected);
        foreach (var chunk in parsed.Lines.Chunk(options.Value.VoucherImportChunkSize))
        {
            try
            {
                var result = await importer.Import(chunk).ConfigureAwait(false);
                imported += result.Imported;
                rejected.AddRange(result.Rejected);
            }
            catch (Exception e) when (e is TimeoutException or LimitExceededException or GatewayTooBusyException)
            {
                // The chunk's outcome is unknown; the rest of the file still goes in, and importing the file
                // again stores what is missing (lines already in the register are reported as such).
                rejected.AddRange(chunk.Select(static line => new VoucherCsvRejection(
                    line.LineNumber, $"{VoucherCsvReasons.NotStored}: the register did not answer in time; import the file again")));
            }
        }

        return new VoucherImportResult(imported, [.. rejected.OrderBy(static r => r.Line)]);
    }
}
