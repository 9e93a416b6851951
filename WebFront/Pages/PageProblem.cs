using CheckIn.WebFront.Errors;

namespace CheckIn.WebFront.Pages;

/// <summary>An error answer from a page endpoint: the shared HTML error page for browsers, problem details
/// with a <c>code</c> for anything else (the same two shapes the framework's own errors take).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">The problem's code.</param>
/// <param name="Title">The problem's title.</param>
public sealed record PageProblem(int Status, string Code, string Title) : IResult
{
    /// <summary>403 <c>forbidden</c>.</summary>
    public static PageProblem Forbidden { get; } = new(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, ProblemCodes.TitleForStatus(StatusCodes.Status403Forbidden));

    /// <summary>The page answer for a failure.</summary>
    public static PageProblem From(DomainFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new PageProblem(failure.Status, failure.Code, failure.Title);
    }

    public Task ExecuteAsync(HttpContext httpContext) => ErrorResponses.WriteAsync(httpContext, Status, Code, Title);
}
