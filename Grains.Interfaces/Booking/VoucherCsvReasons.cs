namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>How the reasons of <see cref="VoucherCsvRejection"/> begin, so they can be told apart without parsing prose.</summary>
public static class VoucherCsvReasons
{
    /// <summary>The line has not two fields.</summary>
    public const string BadLine = "bad line";

    /// <summary>The voucher number is not ten ASCII digits.</summary>
    public const string BadNumber = "bad voucher number";

    /// <summary>The birth date is not a date, or is in the future or before 1900.</summary>
    public const string BadDate = "bad birth date";

    /// <summary>An earlier line of the same file has the voucher number.</summary>
    public const string DuplicateInFile = "duplicate in file";

    /// <summary>The register already has the voucher number.</summary>
    public const string AlreadyRegistered = "already registered";

    /// <summary>The register could not store the line; importing the file again is safe.</summary>
    public const string NotStored = "not stored";
}
