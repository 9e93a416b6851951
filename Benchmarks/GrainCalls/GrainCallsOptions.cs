using System.Globalization;

namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>The <c>calls</c> command's settings.</summary>
public sealed class GrainCallsOptions
{
    /// <summary>How long each row is measured per round.</summary>
    public TimeSpan Phase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times every row is measured (the table shows the median).</summary>
    public int Rounds { get; set; } = 3;

    /// <summary>Concurrent callers, each with one call in flight.</summary>
    public int Callers { get; set; } = 1_000;

    /// <summary>Reads <c>--seconds N</c>, <c>--rounds N</c>, <c>--callers N</c> after the command name.</summary>
    public static GrainCallsOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new GrainCallsOptions();
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count
                ? int.Parse(args[i + 1], CultureInfo.InvariantCulture)
                : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--seconds":
                    options.Phase = TimeSpan.FromSeconds(value);
                    break;
                case "--rounds":
                    options.Rounds = value;
                    break;
                case "--callers":
                    options.Callers = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}: use --seconds, --rounds, --callers.");
            }
        }

        return options;
    }
}
