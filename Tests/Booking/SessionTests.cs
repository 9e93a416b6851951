using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>The voucher register: import, sign-in, the same refusal for unknown and wrong, lockout.</summary>
public sealed class SessionTests
{
    private static readonly DateOnly s_birthDate = new(1950, 4, 1);

    [Fact]
    public async Task SignIn_RegisteredVoucherAndBirthDate_ResidentIdStableAcrossSignIns()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        Assert.Equal(VoucherRegistration.Registered, await campaign.Voucher("1234567890").Register(s_birthDate));

        var first = await campaign.Voucher("1234567890").SignIn(s_birthDate);
        var second = await campaign.Voucher("1234567890").SignIn(s_birthDate);

        Assert.Equal(first, second);
        Assert.Equal(campaign.CampaignId, first.CampaignId);
        Assert.Matches("^r[0-9a-f]{32}$", first.ResidentId);
    }

    [Fact]
    public async Task SignIn_UnknownVoucherAndWrongBirthDate_SameInvalidVoucherAnswer()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.Voucher("1234567890").Register(s_birthDate);

        var wrongDate = await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => campaign.Voucher("1234567890").SignIn(s_birthDate.AddDays(1)));
        var unknown = await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => campaign.Voucher("1234567891").SignIn(s_birthDate));

        Assert.Equal(wrongDate.Message, unknown.Message);
        Assert.Equal((401, 401), (wrongDate.StatusCode, unknown.StatusCode));
        Assert.Null(wrongDate.RetryAfter);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LockedOutEvenWithRightDateUntilLockoutEnds()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o =>
        {
            o.MaxFailedSignIns = 3;
            o.LockoutDuration = TimeSpan.FromMinutes(10);
        });
        var campaign = await TestCampaign.CreateAsync(silo);
        var voucher = campaign.Voucher("1234567890");
        await voucher.Register(s_birthDate);
        for (var i = 0; i < 3; i++)
        {
            await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => voucher.SignIn(s_birthDate.AddDays(1)));
        }

        var locked = await BookingAssert.RefusedAsync(BookingErrorCodes.LockedOut, () => voucher.SignIn(s_birthDate));

        Assert.Equal(429, locked.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), locked.RetryAfter);
        silo.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal((await voucher.SignIn(s_birthDate)).ResidentId, (await voucher.SignIn(s_birthDate)).ResidentId);
    }

    [Fact]
    public async Task SignIn_RepeatedFailuresOnUnknownVoucher_LockedOutLikeKnownOne()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.MaxFailedSignIns = 2);
        var campaign = await TestCampaign.CreateAsync(silo);
        var voucher = campaign.Voucher("5555555555");
        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => voucher.SignIn(s_birthDate));
        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => voucher.SignIn(s_birthDate));

        await BookingAssert.RefusedAsync(BookingErrorCodes.LockedOut, () => voucher.SignIn(s_birthDate));
    }

    [Fact]
    public async Task SignIn_FailuresSpreadBeyondWindow_NotLockedOut()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o =>
        {
            o.MaxFailedSignIns = 2;
            o.LockoutDuration = TimeSpan.FromMinutes(5);
        });
        var campaign = await TestCampaign.CreateAsync(silo);
        var voucher = campaign.Voucher("1234567890");
        await voucher.Register(s_birthDate);
        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => voucher.SignIn(s_birthDate.AddDays(1)));
        silo.Time.Advance(TimeSpan.FromMinutes(6));
        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => voucher.SignIn(s_birthDate.AddDays(1)));

        Assert.NotNull(await voucher.SignIn(s_birthDate));
    }

    [Fact]
    public async Task ImportCsv_GoodAndBadLines_ImportsGoodAndReportsEachBadLine()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.Voucher("9999999999").Register(s_birthDate);
        var csv = string.Join("\n",
            "voucherNumber,birthDate",
            "1000000001,1950-04-01",
            "100000002,1950-04-01",
            "1000000003,1950-02-30",
            "1000000001,1960-01-01",
            "9999999999,1950-04-01",
            "1000000004,2030-01-01",
            "1000000005,1999/12/31",
            "");

        var result = await campaign.Importer.ImportCsv(csv);

        Assert.Equal(2, result.Imported);
        Assert.Equal([3, 4, 5, 6, 7], result.Rejected.Select(r => r.Line));
        Assert.StartsWith(VoucherCsvReasons.BadNumber, result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith(VoucherCsvReasons.BadDate, result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith(VoucherCsvReasons.DuplicateInFile, result.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", result.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith(VoucherCsvReasons.AlreadyRegistered, result.Rejected[3].Reason, StringComparison.Ordinal);
        Assert.StartsWith(VoucherCsvReasons.BadDate, result.Rejected[4].Reason, StringComparison.Ordinal);
        Assert.NotNull(await campaign.Voucher("1000000001").SignIn(new DateOnly(1950, 4, 1)));
        Assert.NotNull(await campaign.Voucher("1000000005").SignIn(new DateOnly(1999, 12, 31)));
        await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidVoucher, () => campaign.Voucher("1000000003").SignIn(new DateOnly(1950, 2, 28)));
    }

    [Fact]
    public async Task ImportCsv_SameFileTwice_SecondImportsNothingAndKeepsResidentIds()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        const string csv = "1000000001,1950-04-01\r\n1000000002,1960-05-06\r\n";
        Assert.Equal(2, (await campaign.Importer.ImportCsv(csv)).Imported);
        var before = await campaign.Voucher("1000000001").SignIn(new DateOnly(1950, 4, 1));

        var again = await campaign.Importer.ImportCsv(csv);

        Assert.Equal(0, again.Imported);
        Assert.All(again.Rejected, r => Assert.StartsWith(VoucherCsvReasons.AlreadyRegistered, r.Reason, StringComparison.Ordinal));
        Assert.Equal(before, await campaign.Voucher("1000000001").SignIn(new DateOnly(1950, 4, 1)));
    }

    [Fact]
    public async Task Import_ParsedLinesWithDuplicatesAndBadValues_RejectsThem()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        var result = await campaign.Importer.Import(
        [
            new VoucherCsvLine(1, "1000000001", new DateOnly(1950, 4, 1)),
            new VoucherCsvLine(2, "1000000001", new DateOnly(1950, 4, 1)),
            new VoucherCsvLine(3, "12345", new DateOnly(1950, 4, 1)),
            new VoucherCsvLine(4, "1000000004", new DateOnly(2027, 1, 1)),
        ]);

        Assert.Equal(1, result.Imported);
        Assert.Equal([2, 3, 4], result.Rejected.Select(r => r.Line));
    }

    [Fact]
    public async Task ImportCsv_UnknownCampaign_UnknownCampaign()
    {
        await using var silo = await BookingSilos.StartAsync();

        await BookingAssert.RefusedAsync(
            BookingErrorCodes.UnknownCampaign,
            () => silo.GrainFactory.GetGrain<IVoucherImportGrain>(BookingIds.NewCampaignId()).ImportCsv("1000000001,1950-04-01"));
    }
}
