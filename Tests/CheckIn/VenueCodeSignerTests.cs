using CheckIn.Grains.CheckIn.Security;

namespace CheckIn.Tests.CheckIn;

public sealed class VenueCodeSignerTests
{
    private readonly VenueCodeSigner _signer = new(TestKeys.Create());

    [Fact]
    public void TryVerify_IssuedCode_GivesVenueAndVersion()
    {
        var venueId = VenueCodeSigner.NewVenueId();
        var code = _signer.CreateCode(venueId, 3);

        Assert.Equal(VenueCodeSigner.CodeLength, code.Length);
        Assert.True(_signer.TryVerify(code, out var verifiedId, out var version));
        Assert.Equal(venueId, verifiedId);
        Assert.Equal(3, version);
        Assert.True(_signer.TryVerify(code.ToUpperInvariant(), out _, out _));
    }

    [Fact]
    public void TryVerify_EveryAlteredCharacter_Refused()
    {
        var code = _signer.CreateCode(VenueCodeSigner.NewVenueId(), 1);
        for (var i = 0; i < code.Length; i++)
        {
            var altered = code[..i] + (code[i] == 'a' ? 'b' : 'a') + code[(i + 1)..];
            Assert.False(_signer.TryVerify(altered, out _, out _), $"altered at {i}: {altered}");
        }
    }

    [Fact]
    public void TryVerify_CodeOfAnotherKey_Refused()
    {
        var other = new VenueCodeSigner(TestKeys.Create());
        var code = other.CreateCode(VenueCodeSigner.NewVenueId(), 1);

        Assert.False(_signer.TryVerify(code, out _, out _));
    }

    [Fact]
    public void TryVerify_OtherVersionOrVenueWithCopiedTag_Refused()
    {
        // Splicing a valid tag onto another venue or version must not verify: the tag covers both.
        var first = _signer.CreateCode(VenueCodeSigner.NewVenueId(), 1);
        var second = _signer.CreateCode(VenueCodeSigner.NewVenueId(), 2);
        var spliced = second[..20] + first[20..];

        Assert.False(_signer.TryVerify(spliced, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("../../etc/passwd")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")]
    public void TryVerify_Garbage_Refused(string? code) => Assert.False(_signer.TryVerify(code, out _, out _));

    [Fact]
    public void TryVerify_NonZeroPaddingBits_Refused()
    {
        // 22 bytes take 36 base32 characters with 4 unused bits; a second spelling of the same bytes is refused.
        var code = _signer.CreateCode(VenueCodeSigner.NewVenueId(), 1);
        var last = "abcdefghijklmnopqrstuvwxyz234567".IndexOf(code[^1], StringComparison.Ordinal);
        var respelled = code[..^1] + "abcdefghijklmnopqrstuvwxyz234567"[last | 1];

        Assert.NotEqual(code, respelled);
        Assert.False(_signer.TryVerify(respelled, out _, out _));
    }
}
