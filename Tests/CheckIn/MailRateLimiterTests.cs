using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

public sealed class MailRateLimiterTests
{
    [Fact]
    public async Task AcquireAsync_OverTheLimit_WaitsForTheNextSecond()
    {
        var time = new ManualTimeProvider();
        var limiter = new MailRateLimiter(3, time);
        var acquisitions = Enumerable.Range(0, 7).Select(_ => limiter.AcquireAsync(TestContext.Current.CancellationToken)).ToArray();

        Assert.Equal(3, acquisitions.Count(static a => a.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(3, acquisitions.Count(static a => a.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => acquisitions.Count(static a => a.IsCompleted) == 6, "the second second's three sends may start");
        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => acquisitions.All(static a => a.IsCompleted), "the seventh send may start");
    }

    [Fact]
    public async Task AcquireAsync_AfterAQuietSecond_NoWait()
    {
        var time = new ManualTimeProvider();
        var limiter = new MailRateLimiter(2, time);
        await limiter.AcquireAsync(TestContext.Current.CancellationToken);
        await limiter.AcquireAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(limiter.AcquireAsync(TestContext.Current.CancellationToken).IsCompleted);
        Assert.True(limiter.AcquireAsync(TestContext.Current.CancellationToken).IsCompleted);
        Assert.False(limiter.AcquireAsync(TestContext.Current.CancellationToken).IsCompleted);
    }
}
