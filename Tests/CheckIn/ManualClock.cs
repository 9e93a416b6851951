using CheckIn.Testing;

namespace CheckIn.Tests.CheckIn;

/// <summary>Drives a silo's manual clock while waiting for a condition: mail retries, the rate limiter and reminders
/// all run on it, so a test moves time on in small steps between polls, up to a real-time deadline.</summary>
internal static class ManualClock
{
    public static async Task AdvanceUntilAsync(this ManualTimeProvider time, TimeSpan step, Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            time.Advance(step);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public static Task AdvanceUntilAsync(this ManualTimeProvider time, TimeSpan step, Func<bool> condition, string what, TimeSpan? deadline = null)
        => time.AdvanceUntilAsync(step, () => Task.FromResult(condition()), what, deadline);

    /// <summary>Sets the clock to <paramref name="at"/> (it only moves forward).</summary>
    public static void AdvanceTo(this ManualTimeProvider time, DateTimeOffset at)
    {
        var delta = at - time.GetUtcNow();
        if (delta > TimeSpan.Zero)
        {
            time.Advance(delta);
        }
    }

}
