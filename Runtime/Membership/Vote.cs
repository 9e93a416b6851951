using System.Globalization;

namespace CheckIn.Runtime.Membership;

/// <summary>The text form of a suspicion vote in the table: <c>voter|unix milliseconds</c> (database clock).</summary>
internal static class Vote
{
    public static string Format(string voter, long unixMilliseconds)
        => string.Create(CultureInfo.InvariantCulture, $"{voter}|{unixMilliseconds}");

    public static bool TryParse(string vote, out string voter, out long unixMilliseconds)
    {
        var bar = vote.LastIndexOf('|');
        voter = bar < 0 ? string.Empty : vote[..bar];
        unixMilliseconds = 0;
        return bar > 0 && long.TryParse(vote.AsSpan(bar + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out unixMilliseconds);
    }
}
