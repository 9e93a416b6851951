using System.Security.Cryptography;
using CheckIn.Grains.CheckIn;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.CheckIn;

/// <summary>Fresh key options for unit tests of the key-holding services.</summary>
internal static class TestKeys
{
    public static IOptions<CheckInKeyOptions> Create() => Options.Create(new CheckInKeyOptions
    {
        PseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        VenueCodeKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ContactKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    });
}
