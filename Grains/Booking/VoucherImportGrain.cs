using CheckIn.Grains.Interfaces.Booking;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.Booking;

/// <summary>Imports voucher files: parses, then registers each good line in its own register entry (one
/// write per line, so a line is stored whole or not at all), a bounded number at a time.</summary>
[StatelessWorker]
public sealed class VoucherImportGrain(IOptions<BookingOptions> options, TimeProvider timeProvider) : Grain, IVoucherImportGrain
{
    public async Task<VoucherImportResult> ImportCsv(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var campaign = await Campaign().GetInfo();
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(campaign.UtcOffset).DateTime);
        var parsed = VoucherCsvParser.Parse(csv, today);
        var imported = await ImportCoreAsync(parsed.Lines);
        return new VoucherImportResult(imported.Imported, [.. parsed.Rejected.Concat(imported.Rejected).OrderBy(static r => r.Line)]);
    }

    public async Task<VoucherImportResult> Import(IReadOnlyList<VoucherCsvLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var campaign = await Campaign().GetInfo();
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(campaign.UtcOffset).DateTime);
        var rejected = new List<VoucherCsvRejection>();
        var good = new List<VoucherCsvLine>(lines.Count);
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!VoucherNumbers.IsWellFormed(line.VoucherNumber))
            {
                rejected.Add(new VoucherCsvRejection(line.LineNumber, $"{VoucherCsvReasons.BadNumber}: '{line.VoucherNumber}' is not {VoucherNumbers.Length} digits 0-9"));
            }
            else if (line.BirthDate > today || line.BirthDate.Year < 1900)
            {
                rejected.Add(new VoucherCsvRejection(line.LineNumber, $"{VoucherCsvReasons.BadDate}: {line.BirthDate:yyyy-MM-dd} is in the future or before 1900"));
            }
            else if (!firstLineOf.TryAdd(line.VoucherNumber, line.LineNumber))
            {
                rejected.Add(new VoucherCsvRejection(line.LineNumber, $"{VoucherCsvReasons.DuplicateInFile}: voucher number already on line {firstLineOf[line.VoucherNumber]}"));
            }
            else
            {
                good.Add(line);
            }
        }

        var imported = await ImportCoreAsync(good);
        return new VoucherImportResult(imported.Imported, [.. rejected.Concat(imported.Rejected).OrderBy(static r => r.Line)]);
    }

    private async Task<VoucherImportResult> ImportCoreAsync(IReadOnlyList<VoucherCsvLine> lines)
    {
        var campaignId = this.GetPrimaryKeyString();
        var imported = 0;
        var rejected = new List<VoucherCsvRejection>();
        foreach (var batch in lines.Chunk(options.Value.ImportParallelism))
        {
            var outcomes = await Task.WhenAll(batch.Select(async line =>
            {
                try
                {
                    var outcome = await GrainFactory.GetGrain<IVoucherGrain>(BookingKeys.Voucher(campaignId, line.VoucherNumber)).Register(line.BirthDate);
                    return (line.LineNumber, Reason: outcome == VoucherRegistration.Registered ? null : $"{VoucherCsvReasons.AlreadyRegistered}: the register has this voucher number");
                }
                catch (Exception exception)
                {
                    return (line.LineNumber, Reason: (string?)$"{VoucherCsvReasons.NotStored}: {exception.Message}");
                }
            }));
            foreach (var (lineNumber, reason) in outcomes)
            {
                if (reason is null)
                {
                    imported++;
                }
                else
                {
                    rejected.Add(new VoucherCsvRejection(lineNumber, reason));
                }
            }
        }

        return new VoucherImportResult(imported, rejected);
    }

    private ICampaignGrain Campaign() => GrainFactory.GetGrain<ICampaignGrain>(this.GetPrimaryKeyString());
}
