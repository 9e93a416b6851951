using CheckIn.Grains.CheckIn.Security;

namespace CheckIn.Tests.CheckIn;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("taro@example.jp", "taro@example.jp", "taro@example.jp")]
    [InlineData("  Taro.Yamada@Example.JP ", "Taro.Yamada@example.jp", "taro.yamada@example.jp")]
    [InlineData("taro+news@example.jp", "taro+news@example.jp", "taro+news@example.jp")]
    [InlineData("o'brien@mail.example.co.jp", "o'brien@mail.example.co.jp", "o'brien@mail.example.co.jp")]
    [InlineData("user@例え.jp", "user@xn--r8jz45g.jp", "user@xn--r8jz45g.jp")]
    public void TryNormalize_ValidAddress_SendableAddressAndLowerCaseKey(string input, string address, string key)
    {
        Assert.True(EmailAddresses.TryNormalize(input, out var email));
        Assert.Equal(address, email.Address);
        Assert.Equal(key, email.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("taro")]
    [InlineData("taro@")]
    [InlineData("@example.jp")]
    [InlineData("taro@@example.jp")]
    [InlineData("ta ro@example.jp")]
    [InlineData("taro@example.jp\r\nBcc: victim@example.jp")]
    [InlineData("\"taro\"@example.jp")]
    [InlineData("Taro <taro@example.jp>")]
    [InlineData("taro..yamada@example.jp")]
    [InlineData(".taro@example.jp")]
    [InlineData("taro@localhost")]
    [InlineData("taro@[127.0.0.1]")]
    [InlineData("taro@127.0.0.1")]
    [InlineData("taro@-example.jp")]
    [InlineData("taro@example..jp")]
    [InlineData("たろう@example.jp")]
    public void TryNormalize_InvalidAddress_Refused(string? input)
        => Assert.False(EmailAddresses.TryNormalize(input, out _));

    [Fact]
    public void TryNormalize_TooLong_Refused()
    {
        Assert.False(EmailAddresses.TryNormalize(new string('a', 65) + "@example.jp", out _));
        Assert.False(EmailAddresses.TryNormalize("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".jp", out _));
    }
}
