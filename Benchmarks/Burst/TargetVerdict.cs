namespace CheckIn.Benchmarks.Burst;

/// <summary>One target of DESIGN.md with what this run measured: <see cref="Met"/> is null when the run did not
/// include what the target needs.</summary>
internal sealed record TargetVerdict(string Target, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "met",
        false => "NOT met",
        null => "not measured",
    };
}
