using CheckIn.WebFront.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>The signed-token service areas use for their own tokens (sessions, admissions).</summary>
[Collection(WebCollection.Name)]
public sealed class SignedTokensTests(WebFixture fixture)
{
    private SignedTokens Tokens => fixture.Factory.Services.GetRequiredService<SignedTokens>();

    [Fact]
    public async Task SignedToken_ReadForItsPurpose_ReturnsTheData()
    {
        var token = await Tokens.CreateAsync("session", new Sample("resident-1", 3), DateTimeOffset.UtcNow.AddMinutes(5));

        Assert.Equal(new Sample("resident-1", 3), await Tokens.ReadAsync<Sample>("session", token));
    }

    [Fact]
    public async Task SignedToken_ReadForAnotherPurpose_IsRefused()
    {
        var token = await Tokens.CreateAsync("admission", new Sample("resident-1", 3), DateTimeOffset.UtcNow.AddMinutes(5));

        Assert.Null(await Tokens.ReadAsync<Sample>("session", token));
    }

    [Fact]
    public async Task SignedToken_Expired_IsRefused()
    {
        var token = await Tokens.CreateAsync("session", new Sample("resident-1", 3), DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Null(await Tokens.ReadAsync<Sample>("session", token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.e30")]
    [InlineData("v2.e30.AAAA")]
    [InlineData("v1.!!!.AAAA")]
    [InlineData("v1.e30.AAAA")]
    public async Task SignedToken_Malformed_IsRefused(string token)
    {
        Assert.Null(await Tokens.ReadAsync<Sample>("session", token));
    }

    [Fact]
    public async Task SignedToken_PartAddedOrSignatureCutOrLengthened_IsRefused()
    {
        var token = await Tokens.CreateAsync("session", new Sample("resident-1", 3), DateTimeOffset.UtcNow.AddMinutes(5));
        var parts = token.Split('.');

        Assert.Null(await Tokens.ReadAsync<Sample>("session", $"{parts[0]}.{parts[1]}.{parts[1]}.{parts[2]}"));
        Assert.Null(await Tokens.ReadAsync<Sample>("session", $"{parts[0]}.{parts[1]}.{parts[2][..^4]}"));
        Assert.Null(await Tokens.ReadAsync<Sample>("session", $"{parts[0]}.{parts[1]}.{parts[2]}AAAA"));
        Assert.Null(await Tokens.ReadAsync<Sample>("session", token + new string('A', 4096)));
        Assert.Equal(new Sample("resident-1", 3), await Tokens.ReadAsync<Sample>("session", token));
    }

    [Fact]
    public async Task SignedToken_DataChanged_IsRefused()
    {
        var token = await Tokens.CreateAsync("session", new Sample("resident-1", 3), DateTimeOffset.UtcNow.AddMinutes(5));
        var other = await Tokens.CreateAsync("session", new Sample("resident-2", 3), DateTimeOffset.UtcNow.AddMinutes(5));
        var parts = token.Split('.');

        Assert.Null(await Tokens.ReadAsync<Sample>("session", $"{parts[0]}.{other.Split('.')[1]}.{parts[2]}"));
    }

    public sealed record Sample(string ResidentId, int Dose);
}
