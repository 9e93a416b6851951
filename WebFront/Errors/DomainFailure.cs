using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Errors;

/// <summary>A failure an endpoint answers with, as API.md writes it: status, machine-readable code, title.
/// Define them once per area (<c>static readonly DomainFailure SlotFull = new(409, "slot_full", "Slot is full")</c>)
/// and return <c>failure.ToProblem()</c> from a handler.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">The <c>code</c> member of the problem details.</param>
/// <param name="Title">The human-readable title.</param>
public sealed record DomainFailure(int Status, string Code, string Title)
{
    /// <summary>The RFC 9457 problem response for this failure.</summary>
    public ProblemHttpResult ToProblem(string? detail = null) => Problems.Of(Status, Code, Title, detail);
}
