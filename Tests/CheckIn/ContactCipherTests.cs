using System.Text;
using CheckIn.Grains.CheckIn.Security;

namespace CheckIn.Tests.CheckIn;

public sealed class ContactCipherTests
{
    private readonly ContactCipher _cipher = new(TestKeys.Create());

    [Fact]
    public void Seal_ThenOpen_GivesTheAddressBackAndHidesIt()
    {
        var sealedAddress = _cipher.Seal("taro@example.jp", "osaka", "p1");

        Assert.DoesNotContain("taro", Encoding.UTF8.GetString(sealedAddress), StringComparison.Ordinal);
        Assert.True(_cipher.TryOpen(sealedAddress, "osaka", "p1", out var address));
        Assert.Equal("taro@example.jp", address);
    }

    [Fact]
    public void Seal_Twice_DifferentCiphertexts()
        => Assert.NotEqual(_cipher.Seal("taro@example.jp", "osaka", "p1"), _cipher.Seal("taro@example.jp", "osaka", "p1"));

    [Fact]
    public void TryOpen_OtherVisitorOrTenant_Refused()
    {
        var sealedAddress = _cipher.Seal("taro@example.jp", "osaka", "p1");

        Assert.False(_cipher.TryOpen(sealedAddress, "osaka", "p2", out _));
        Assert.False(_cipher.TryOpen(sealedAddress, "kyoto", "p1", out _));
    }

    [Fact]
    public void TryOpen_AlteredOrOtherKey_Refused()
    {
        var sealedAddress = _cipher.Seal("taro@example.jp", "osaka", "p1");
        var altered = (byte[])sealedAddress.Clone();
        altered[20] ^= 1;

        Assert.False(_cipher.TryOpen(altered, "osaka", "p1", out _));
        Assert.False(new ContactCipher(TestKeys.Create()).TryOpen(sealedAddress, "osaka", "p1", out _));
        Assert.False(_cipher.TryOpen(null, "osaka", "p1", out _));
        Assert.False(_cipher.TryOpen([1, 2, 3], "osaka", "p1", out _));
    }
}
