namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The form of a voucher number: exactly ten ASCII digits.</summary>
public static class VoucherNumbers
{
    /// <summary>The number of digits.</summary>
    public const int Length = 10;

    /// <summary>True when <paramref name="value"/> is ten ASCII digits. The web front checks this before
    /// asking the register, so malformed input never reaches a grain.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
