extern alias benchmarks;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using benchmarks::CheckIn.Benchmarks.Burst;

namespace CheckIn.Tests.Burst;

/// <summary>The burst report's CPU line charges each process's time to it: the server process, this process (the
/// load client) and the rest, as shares of the machine that add up to the whole.</summary>
public sealed partial class CpuShareMeterTests
{
    private static readonly TimeSpan s_busy = TimeSpan.FromMilliseconds(400);

    [Fact]
    public void Describe_ThisProcessBusy_ChargesItsTimeToTheLoadClient()
    {
        var meter = new CpuShareMeter();
        var until = Environment.CpuUsage.TotalTime + s_busy;
        while (Environment.CpuUsage.TotalTime < until)
        {
            Spin();
        }

        var shares = Shares(meter.Describe("the test", "silo"));

        Assert.True(shares["silo and load client (one process)"] > 0, string.Join(", ", shares));
        Assert.InRange(shares.Values.Sum(), 97, 103);
    }

    [Fact]
    public async Task Describe_ServerProcessBusy_ChargesItsTimeToTheServer()
    {
        using var server = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!;
        try
        {
            var meter = new CpuShareMeter(server.Id);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (server.TotalProcessorTime < s_busy && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
                server.Refresh();
            }

            var line = meter.Describe("the test", "web front", requests: 2);
            server.Refresh();
            var shares = Shares(line);

            Assert.True(shares["web front"] > 0, string.Join(", ", shares));
            Assert.InRange(shares.Values.Sum(), 97, 103);

            // Its CPU time since the meter started, in ticks of 10 ms, over two requests.
            var perRequest = double.Parse(PerRequestRegex().Match(line).Groups["micros"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            Assert.InRange(perRequest, (s_busy - TimeSpan.FromMilliseconds(50)).TotalMicroseconds / 2, (server.TotalProcessorTime + TimeSpan.FromMilliseconds(20)).TotalMicroseconds / 2);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void MicrosecondsPerRequest_OneSecondOverAThousandRequests_IsAThousand()
        => Assert.Equal(1_000, CpuShareMeter.MicrosecondsPerRequest(100, 1_000));

    [Fact]
    public void Describe_WithoutRequests_GivesNoPerRequestFigure()
        => Assert.DoesNotContain("per request", new CpuShareMeter().Describe("the test", "silo"), StringComparison.Ordinal);

    [Fact]
    public void Used_ProcessesStartedAndExitedInBetween_NewOnesCountWholeGoneOnesNotAtAll()
    {
        var start = new Dictionary<int, long> { [10] = 500, [11] = 300 };
        var end = new Dictionary<int, long> { [10] = 650, [12] = 40 };

        // Process 11 exited (its 300 ticks are not subtracted), 12 started (all of its 40 count), 10 used 150.
        Assert.Equal(190, CpuShareMeter.Used(start, end));
    }

    private static void Spin()
    {
        var x = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            x += Math.Sqrt(i);
        }

        GC.KeepAlive(x);
    }

    /// <summary>"CPU during the test (2 cores, 0.5 s): web front 40 %, load client 3 %, …" → name → percent.</summary>
    private static Dictionary<string, int> Shares(string line)
    {
        var list = line[(line.IndexOf("): ", StringComparison.Ordinal) + 3)..];
        return ShareRegex().Matches(list).ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["percent"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<name>[^,]+?) (?<percent>\d+) %")]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"; web front (?<micros>[\d,]+) µs per request$")]
    private static partial Regex PerRequestRegex();
}
