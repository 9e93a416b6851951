namespace CheckIn.Runtime.Generators.Model;

/// <summary>A parameter of a grain method.</summary>
/// <param name="Type">The fully qualified type, with nullable annotations.</param>
/// <param name="Name">The name, escaped if it is a keyword.</param>
/// <param name="NullabilityAttributes">The parameter's nullable-analysis attributes (<c>[AllowNull]</c>,
/// <c>[DisallowNull]</c>...) as source, repeated on the proxy so that it implements the same contract.</param>
internal sealed record GrainParameterModel(string Type, string Name, string NullabilityAttributes)
{
    /// <summary>With such attributes the declared type does not tell the value's null state, so the
    /// generated code passes it on with <c>!</c>: the interface's contract was checked at the caller.</summary>
    public string Forwarded(string expression) => NullabilityAttributes.Length == 0 ? expression : expression + "!";
}
