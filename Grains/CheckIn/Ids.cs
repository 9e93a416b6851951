using System.Security.Cryptography;
using CheckIn.Grains.CheckIn.Security;

namespace CheckIn.Grains.CheckIn;

/// <summary>Random ids for check-ins and exposures: 80 random bits in lower-case base32.</summary>
internal static class Ids
{
    public static string New() => Base32.Encode(RandomNumberGenerator.GetBytes(10));
}
